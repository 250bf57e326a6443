using Gamification.Contracts.Awards;
using Gamification.Domain.Awards;
using ContractStatus = Gamification.Contracts.Awards.AwardStatus;

namespace Gamification.Grains.Mapping;

/// <summary>Domain outcomes as the answer callers get (seed 001's body and the explanation).</summary>
internal static class AwardResults
{
    public static AwardResult From(AwardOutcome outcome) => new()
    {
        AwardedTo = outcome.AwardedTo,
        Action = outcome.Action,
        Status = outcome.Status switch
        {
            Domain.Awards.AwardStatus.Granted => ContractStatus.Granted,
            Domain.Awards.AwardStatus.Duplicate => ContractStatus.Duplicate,
            _ => ContractStatus.Rejected,
        },
        Refusal = outcome.Rejection is { } r
            ? new Refusal(Codes.Of(r.Reason), r.Detail, r.IsThrottle, r.RetryAfter is { } after ? (int)Math.Ceiling(after.TotalSeconds) : null)
            : null,
        ExpAdded = outcome.XpAdded,
        TotalExp = outcome.TotalXp,
        Level = outcome.Level,
        LeveledUp = outcome.LeveledUp,
        DailyExpGained = outcome.DailyXpGained,
        DailyExpCap = outcome.DailyXpCap,
        ActionCount = outcome.ActionCount,
        ActionLimit = outcome.ActionLimit,
        Progress = ProgressViews.From(outcome.Progress),
        Grade = ProgressViews.From(outcome.Grade),
        GradeChanged = outcome.GradeChanged,
        BadgesEarned = [.. outcome.BadgesEarned.Select(b => b.Subject)],
        Ledger = [.. outcome.Entries.Select(LedgerLines.From)],
        IdempotencyKey = outcome.IdempotencyKey,
    };
}
