using Gamification.Persistence;
using Gamification.Grains.Hosting;
using System.Text.Json;
using Gamification.Contracts;
using Gamification.Contracts.Analytics;
using Gamification.Contracts.Grains;
using Gamification.Domain.Progress;
using Gamification.Grains.Apps;
using Gamification.Grains.Users;

namespace Gamification.Grains.Analytics;

/// <summary>
/// An app's figures for admins, read from stored states and ledgers page by page, activating no user.
/// A query costs time in proportion to the app's users (and, for awards, their ledger rows in the range):
/// an admin query, never on the award path.
/// </summary>
[GrainType("analytics")]
public sealed class AnalyticsGrain(AppRulesets rulesets, IGrainStateQuery states, IJournalReader journal) : KeyedGrain, IAnalyticsGrain
{
    private const int PageSize = 1000;

    public async Task<LevelDistribution> GetLevelDistribution()
    {
        var levels = rulesets.For(GrainKey).Levels;
        var counts = new SortedDictionary<int, long>();
        for (var level = 1; level <= (levels.MaxLevel ?? 0); level++)
            counts[level] = 0;
        long users = 0;
        await foreach (var (_, state) in Users())
        {
            var level = levels.LevelFor(state.Xp);
            counts[level] = counts.GetValueOrDefault(level) + 1;
            users++;
        }
        return new LevelDistribution(users, [.. counts.Select(c => new LevelCount(c.Key, levels.NameOf(c.Key), c.Value))]);
    }

    public async Task<AwardsPerDay> GetAwardsPerDay(DateOnly firstDay, DateOnly lastDay)
    {
        var tally = new SortedDictionary<(DateOnly Day, string Action), (long Awards, long Xp)>();
        await foreach (var (grain, state) in Users())
        {
            foreach (var line in await LedgerSince(grain, state.LedgerSequence, firstDay))
            {
                var day = DateOnly.FromDateTime(line.At.UtcDateTime);
                if (day > lastDay || day < firstDay || line.Kind == "badge")
                    continue;
                var key = (day, line.Kind == "action" ? line.Subject : line.Kind);
                var (awards, xp) = tally.GetValueOrDefault(key);
                tally[key] = (awards + 1, xp + line.Granted);
            }
        }
        return new AwardsPerDay(firstDay, lastDay, [.. tally.Select(t => new ActionDayCount(t.Key.Day, t.Key.Action, t.Value.Awards, t.Value.Xp))]);
    }

    // No wallet yet: the token economy fills this in when it lands.
    public Task<TokenFlow> GetTokenFlow(DateOnly firstDay, DateOnly lastDay) => Task.FromResult(new TokenFlow(firstDay, lastDay, 0, 0, Tracked: false));

    private async IAsyncEnumerable<(GrainId Grain, UserProgress State)> Users()
    {
        string? after = null;
        while (true)
        {
            var page = await states.ListAsync(GrainType.Create(UserProgressGrain.TypeName), GrainKeys.User(GrainKey, ""), after, PageSize, CancellationToken.None);
            foreach (var (grain, stored) in page)
            {
                if (JsonSerializer.Deserialize(stored.PayloadJson, GrainsJsonContext.Default.UserProgress) is { } state)
                    yield return (grain, state);
            }
            if (page.Count < PageSize)
                yield break;
            after = page[^1].Grain.Key.ToString();
        }
    }

    /// <summary>The user's ledger lines from the newest back to the first one before <paramref name="from"/>.</summary>
    private async Task<List<Contracts.Awards.LedgerLine>> LedgerSince(GrainId user, long newest, DateOnly from)
    {
        var lines = new List<Contracts.Awards.LedgerLine>();
        for (var end = newest; end > 0; end -= PageSize)
        {
            var after = Math.Max(0, end - PageSize);
            var rows = await journal.ReadAsync(user, after, (int)(end - after), CancellationToken.None);
            var page = rows.Select(r => LedgerJournal.Read(r.Entry.PayloadJson)).ToList();
            lines.AddRange(page);
            if (page.Count == 0 || DateOnly.FromDateTime(page[0].At.UtcDateTime) < from)
                break;
        }
        return lines;
    }
}
