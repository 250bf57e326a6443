using Gamification.Grains.Hosting;
using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Leaderboards;
using Gamification.Domain.Leaderboards;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Leaderboards;

/// <summary>
/// One board in one window, in memory only: it is rebuilt from the stored sources on activation, so a
/// crash loses nothing that was committed, and updates are sets guarded by sequence, so replays are harmless.
/// </summary>
[GrainType("leaderboard")]
public sealed partial class LeaderboardGrain(BoardSources sources) : KeyedGrain, ILeaderboardGrain
{
    private readonly Leaderboard board = new();
    private long exclusionsVersion = -1;

    private (string App, string Board, string Window) Key => LeaderboardKeys.Split(GrainKey);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var count = await Rebuild();
        LogRebuilt(Logger, GrainKey, count);
    }

    public Task SetScore(ScoreUpdate update)
    {
        board.Set(update.UserId, update.Score, update.Sequence, update.At);
        return Task.CompletedTask;
    }

    public Task SetScores(IReadOnlyList<ScoreUpdate> updates)
    {
        foreach (var update in updates)
            board.Set(update.UserId, update.Score, update.Sequence, update.At);
        return Task.CompletedTask;
    }

    public async Task<LeaderboardPage> GetTop(int offset, int limit)
    {
        await RefreshExclusions();
        var (_, name, window) = Key;
        return new LeaderboardPage(name, window, board.Count, [.. board.Top(offset, limit).Select(Entry)]);
    }

    public async Task<LeaderboardStanding> GetStanding(string userId, int around)
    {
        await RefreshExclusions();
        var (_, name, window) = Key;
        var (user, rows) = board.StandingOf(userId, around);
        return new LeaderboardStanding(name, window, board.Count, user is null ? null : Entry(user), [.. rows.Select(Entry)]);
    }

    public async Task<int> Rebuild()
    {
        var (app, name, window) = Key;
        // Merging by sequence keeps whatever is newer, so a rebuild only ever repairs.
        await foreach (var update in sources.ReadAsync(app, name, window))
            board.Set(update.UserId, update.Score, update.Sequence, update.At);
        await RefreshExclusions();
        return board.Count;
    }

    private async Task RefreshExclusions()
    {
        var excluded = await GrainFactory.GetGrain<ILeaderboardExclusionsGrain>(Key.App).GetExcluded();
        if (excluded.Version == exclusionsVersion)
            return;
        board.Exclude(excluded.UserIds);
        exclusionsVersion = excluded.Version;
    }

    private static LeaderboardEntry Entry(BoardStanding row) => new(row.Rank, row.UserId, row.Score, row.ReachedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Leaderboard {Board} rebuilt from storage with {Count} ranked users")]
    private static partial void LogRebuilt(ILogger logger, string board, int count);
}
