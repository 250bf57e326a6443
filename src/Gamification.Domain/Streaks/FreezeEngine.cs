using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Streaks;

/// <summary>Decides freeze grants: for a streak that has freezes, and never above its cap on freezes held.</summary>
public static class FreezeEngine
{
    public static AwardOutcome Decide(UserProgress state, Ruleset rules, FreezeGrant grant, DateTimeOffset now)
    {
        var key = $"freezes:{grant.IdempotencyKey}";
        if (state.FindReceipt(key) is { } receipt)
            return Outcomes.Duplicate(state, rules, grant.UserId, receipt, now);
        if (!rules.Streaks.TryGetValue(grant.StreakId, out var streak))
            return Reject(RejectionReason.UnknownStreak, $"Unknown streak '{grant.StreakId}'. Known streaks: {string.Join(", ", rules.Streaks.Keys.Order(StringComparer.Ordinal))}");
        if (streak.MaxFreezes == 0)
            return Reject(RejectionReason.FreezesNotAllowed, $"Streak '{streak.Id}' has no freezes");
        var standing = state.StreakOf(streak.Id);
        var held = standing?.Freezes ?? 0;
        if (grant.Count < 1 || held + grant.Count > streak.MaxFreezes)
            return Reject(RejectionReason.FreezeCapReached,
                $"The user holds {held} of at most {streak.MaxFreezes} freezes for '{streak.Id}'; {grant.Count} more would pass the cap");

        var draft = new AwardDraft(state, rules, now);
        var mark = new StreakMark(streak.Id, standing?.LastPeriod ?? StreakCalendar.LocalDay(now, UserTimeZones.Find(state.TimeZone)),
            standing?.Current ?? 0, held + grant.Count);
        draft.Note(LedgerKind.FreezesGranted, streak.Id, key, mark, actor: grant.GrantedBy);
        return draft.Complete(streak.Id, grant.UserId, key, held + grant.Count, streak.MaxFreezes);

        AwardOutcome Reject(RejectionReason reason, string detail) =>
            Outcomes.Rejected(state, rules, grant.StreakId, grant.UserId, key, new Rejection(reason, detail), now);
    }
}
