using Gamification.Domain.Leaderboards;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Awards;

/// <summary>Applies a granted outcome to the state it was decided on; anything else changes nothing.</summary>
public static class AwardApplication
{
    public static void Apply(this UserProgress state, AwardOutcome outcome, Ruleset rules)
    {
        if (!outcome.IsGranted)
            return;
        state.ResetDaily(UtcDay.Of(outcome.At));
        foreach (var entry in outcome.Entries)
            ApplyEntry(state, entry, rules);
        WindowXp.Apply(state.XpByWindow, outcome);
        if (outcome.WatchSession is { } session)
            ReplaceSession(state, session);
        Remember(state, new AwardReceipt(outcome.IdempotencyKey, outcome.Action, outcome.XpAdded, outcome.TotalXp, outcome.Level, outcome.LeveledUp, outcome.At));
        state.LedgerSequence += outcome.Entries.Count;
    }

    internal static void ApplyEntry(UserProgress state, LedgerEntry entry, Ruleset rules)
    {
        var today = state.Today;
        state.Xp += entry.Granted;
        // Admin adjustments are outside the daily cap: they are corrections, not earnings.
        if (entry.Kind != LedgerKind.Adjustment)
            today.XpGained += entry.Granted;
        switch (entry.Kind)
        {
            case LedgerKind.Action:
                Increment(today.ActionCounts, entry.Subject);
                Increment(state.ActionTotals, entry.Subject);
                if (state.PrimaryPath is { } path)
                    state.AddPathXp(path, entry.Granted);
                if (rules.Actions.TryGetValue(entry.Subject, out var action) && action.Cooldown > TimeSpan.Zero)
                    state.RecordEarned(entry.Subject, entry.At);
                break;
            case LedgerKind.DailyReward:
                today.DailyRewardGranted = true;
                break;
            case LedgerKind.Badge:
                state.AddBadge(new EarnedBadge(entry.Subject, entry.Target?.Id, entry.At));
                break;
            case LedgerKind.StreakExtended or LedgerKind.StreakFrozen:
                state.StreakFor(entry.Streak!.StreakId).Apply(entry.Streak, extends: true);
                break;
            case LedgerKind.StreakLost or LedgerKind.StreakMilestone or LedgerKind.FreezesGranted:
                state.StreakFor(entry.Streak!.StreakId).Apply(entry.Streak, extends: false);
                break;
            case LedgerKind.BoostStarted:
                state.AddBoost(entry.Boost!);
                break;
            case LedgerKind.BoostEnded:
                state.RemoveBoost(entry.Subject);
                break;
        }
    }

    private static void ReplaceSession(UserProgress state, WatchSession session)
    {
        var minutesBefore = state.SessionFor(session.StreamId)?.MinutesAwarded ?? 0;
        state.Today.WatchMinutes += session.MinutesAwarded - minutesBefore;
        state.PutSession(session);
    }

    private static void Remember(UserProgress state, AwardReceipt receipt)
    {
        if (state.RecentAwards.Count >= UserProgress.RecentAwardCapacity)
            state.RecentAwards.RemoveAt(0);
        state.RecentAwards.Add(receipt);
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
