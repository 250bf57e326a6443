using Gamification.Domain.Awards;

namespace Gamification.Domain.Leaderboards;

/// <summary>
/// A user's XP in the current day, week and month, kept in the user's state by the turn that grants
/// it, so the weekly and monthly boards are set from a total that is right under any concurrency.
/// </summary>
public static class WindowXp
{
    /// <summary>Adds what <paramref name="outcome"/> granted to its windows and forgets windows that have passed.</summary>
    public static void Apply(Dictionary<string, long> totals, AwardOutcome outcome)
    {
        var granted = outcome.Entries.Sum(e => (long)e.Granted);
        var current = LeaderboardWindow.PeriodsOf(outcome.At);
        foreach (var stale in totals.Keys.Where(k => !current.Contains(k)).ToList())
            totals.Remove(stale);
        if (granted == 0)
            return;
        foreach (var window in current)
            totals[window] = totals.GetValueOrDefault(window) + granted;
    }
}
