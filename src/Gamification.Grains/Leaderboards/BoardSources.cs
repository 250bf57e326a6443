using Gamification.Persistence;
using System.Text.Json;
using Gamification.Contracts;
using Gamification.Contracts.Leaderboards;
using Gamification.Domain.Leaderboards;
using Gamification.Grains.Modules;
using Gamification.Grains.Users;

namespace Gamification.Grains.Leaderboards;

/// <summary>
/// Where a board's scores come from when it is (re)built: the stored states of the app's users for
/// <c>xp</c>, the module's stored state for <c>module:&lt;id&gt;</c>. Read from storage, activating nothing.
/// </summary>
public sealed class BoardSources(IGrainStateQuery states)
{
    private const int PageSize = 1000;

    /// <summary>Every stored score of <paramref name="board"/> in <paramref name="window"/>; boards fed from outside (paths) have none here.</summary>
    public async IAsyncEnumerable<ScoreUpdate> ReadAsync(string app, string board, string window)
    {
        if (board == LeaderboardKeys.Xp)
        {
            await foreach (var update in UsersAsync(app, window))
                yield return update;
        }
        else if (board.StartsWith(LeaderboardKeys.ModulePrefix, StringComparison.Ordinal) && window == LeaderboardWindow.AllTime)
        {
            foreach (var update in await ModuleAsync(GrainKeys.Module(app, board[LeaderboardKeys.ModulePrefix.Length..])))
                yield return update;
        }
    }

    private async IAsyncEnumerable<ScoreUpdate> UsersAsync(string app, string window)
    {
        string? after = null;
        while (true)
        {
            var page = await states.ListAsync(GrainType.Create(UserProgressGrain.TypeName), GrainKeys.User(app, ""), after, PageSize, CancellationToken.None);
            foreach (var (grain, stored) in page)
            {
                var state = JsonSerializer.Deserialize(stored.PayloadJson, GrainsJsonContext.Default.UserProgress);
                if (state is null)
                    continue;
                long? score = window == LeaderboardWindow.AllTime ? state.Xp : state.XpByWindow.TryGetValue(window, out var xp) ? xp : null;
                if (score is { } value)
                    yield return new ScoreUpdate(GrainKeys.Split(grain.Key.ToString()!).Id, value, state.LedgerSequence, state.RecentAwards is [.., var last] ? last.At : stored.UpdatedAt);
            }
            if (page.Count < PageSize)
                yield break;
            after = page[^1].Grain.Key.ToString();
        }
    }

    private async Task<IEnumerable<ScoreUpdate>> ModuleAsync(string moduleKey)
    {
        var rows = await states.ListAsync(GrainType.Create(ModuleGrain.TypeName), moduleKey, null, 1, CancellationToken.None);
        if (rows.Count == 0 || rows[0].Grain.Key.ToString() != moduleKey)
            return [];
        var (_, stored) = rows[0];
        var module = JsonSerializer.Deserialize(stored.PayloadJson, GrainsJsonContext.Default.ModuleProgress);
        return module?.Members.Where(m => m.Value.Messages > 0).Select(m => new ScoreUpdate(m.Key, m.Value.Messages, m.Value.Messages, stored.UpdatedAt)) ?? [];
    }
}
