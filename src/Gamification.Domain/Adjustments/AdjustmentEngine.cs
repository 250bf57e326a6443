using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Adjustments;

/// <summary>Decides admin adjustments: the only path by which XP may decrease, never below zero, always with a reason.</summary>
public static class AdjustmentEngine
{
    public static AwardOutcome Decide(UserProgress state, Ruleset rules, XpAdjustment adjustment, DateTimeOffset now)
    {
        const string action = "admin_adjustment";
        if (state.FindReceipt(adjustment.IdempotencyKey) is { } receipt)
            return Outcomes.Duplicate(state, rules, adjustment.UserId, receipt, now);
        var problem = adjustment switch
        {
            { Delta: 0 } => "delta must not be zero",
            { Reason: var reason } when string.IsNullOrWhiteSpace(reason) => "reason is required",
            _ when state.Xp + adjustment.Delta < 0 => $"delta {adjustment.Delta} would take XP below zero (XP is {state.Xp})",
            _ => null,
        };
        if (problem is not null)
            return Outcomes.Rejected(state, rules, action, adjustment.UserId, adjustment.IdempotencyKey,
                new Rejection(RejectionReason.InvalidAdjustment, problem), now);

        var draft = new AwardDraft(state, rules, now);
        draft.Adjust(adjustment.Delta, adjustment.IdempotencyKey, adjustment.AdminId, adjustment.Reason);
        draft.EarnBadges(null, 0);
        return draft.Complete(action, adjustment.UserId, adjustment.IdempotencyKey, 0, null);
    }
}
