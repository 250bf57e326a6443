using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Awards;

/// <summary>Outcomes that change nothing: refusals and replays of a known idempotency key.</summary>
internal static class Outcomes
{
    public static AwardOutcome Rejected(UserProgress state, Ruleset rules, string action, string awardedTo, string key, Rejection? rejection, DateTimeOffset now)
    {
        var today = state.CountersFor(UtcDay.Of(now));
        var level = rules.Levels.LevelFor(state.Xp);
        return new AwardOutcome
        {
            Status = AwardStatus.Rejected,
            Rejection = rejection,
            Action = action,
            AwardedTo = awardedTo,
            IdempotencyKey = key,
            TotalXp = state.Xp,
            Level = level,
            PreviousLevel = level,
            DailyXpGained = today.XpGained,
            DailyXpCap = rules.DailyCapFor(level),
            ActionCount = today.CountOf(action),
            ActionLimit = rules.Actions.GetValueOrDefault(action)?.DailyLimit,
            Progress = rules.Levels.ProgressFor(state.Xp),
            Grade = rules.GradeFor(state.Xp, state.UserType),
            At = now,
        };
    }

    /// <summary>A replayed key answers with the original award's figures and changes nothing.</summary>
    public static AwardOutcome Duplicate(UserProgress state, Ruleset rules, string awardedTo, AwardReceipt receipt, DateTimeOffset now) =>
        Unchanged(state, rules, receipt.Action, awardedTo, receipt.Key, now) with
        {
            XpAdded = receipt.XpAdded,
            TotalXp = receipt.TotalXp,
            Level = receipt.Level,
            PreviousLevel = receipt.LeveledUp ? receipt.Level - 1 : receipt.Level,
            LeveledUp = receipt.LeveledUp,
            Progress = rules.Levels.ProgressFor(receipt.TotalXp),
            At = receipt.At,
        };

    /// <summary>Nothing to do (a badge already held): the current figures, marked as a duplicate.</summary>
    public static AwardOutcome Unchanged(UserProgress state, Ruleset rules, string action, string awardedTo, string key, DateTimeOffset now) =>
        Rejected(state, rules, action, awardedTo, key, null, now) with { Status = AwardStatus.Duplicate };
}
