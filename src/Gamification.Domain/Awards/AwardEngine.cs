using Gamification.Domain.Boosts;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Awards;

/// <summary>Decides what an action earns for its recipient. Pure: reads state, changes nothing.</summary>
public static class AwardEngine
{
    /// <summary>The outcome of <paramref name="request"/> for the recipient whose progress is <paramref name="state"/>.</summary>
    public static AwardOutcome Decide(UserProgress state, Ruleset rules, AwardRequest request, DateTimeOffset now)
    {
        if (state.FindReceipt(request.IdempotencyKey) is { } receipt)
            return Outcomes.Duplicate(state, rules, request.RecipientUserId, receipt, now);
        // A replayed event of a past day would count against today's counters, or reset them: refuse it.
        if (UtcDay.Of(now) < state.Today.Day)
            return Reject(Rejections.BeforeCurrentDay(UtcDay.Of(now), state.Today.Day));
        if (!rules.Actions.TryGetValue(request.Action, out var action))
            return Reject(Rejections.UnknownAction(request.Action, rules));

        var draft = new AwardDraft(state, rules, now);
        if (Admission.Check(state, action, request, draft.Today, now) is { } refusal)
            return Reject(refusal);

        draft.EndExpiredBoosts();
        if (action.Recipient == Recipient.Self)
            draft.GrantDailyReward(request.ActorUserId);
        // A caller-chosen amount is the app's own figure: boosts multiply the catalog's XP only.
        var xp = request.Amount is { } amount
            ? new BoostedXp(amount, amount, [])
            : BoostedXp.For(state, rules, action.Name, rules.XpFor(action, state.PrimaryPath), now);
        var granted = draft.GrantBoosted(LedgerKind.Action, action.Name, xp, request.IdempotencyKey, request.ActorUserId, request.Target);
        // A cap that leaves nothing refuses the event outright, so it does not use up the action's daily limit.
        if (granted == 0 && xp.Amount > 0)
            return Reject(Rejections.DailyCap(draft.Cap ?? 0, draft.LevelBefore, now));

        // A streak is the user's own doing: a like received does not keep it alive.
        if (action.Recipient == Recipient.Self)
            draft.AdvanceStreaks(action.Name);
        draft.EarnBadges(action.Name, state.ActionTotals.GetValueOrDefault(action.Name) + 1);
        return draft.Complete(action.Name, request.RecipientUserId, request.IdempotencyKey, draft.Today.CountOf(action.Name) + 1, action.DailyLimit);

        AwardOutcome Reject(Rejection rejection) =>
            Outcomes.Rejected(state, rules, request.Action, request.RecipientUserId, request.IdempotencyKey, rejection, now);
    }

    /// <summary>A creator action on an entity whose creator nobody recorded: refused, with no recipient to charge.</summary>
    public static AwardOutcome RefuseUnknownTarget(Ruleset rules, AwardRequest request, EntityRef target, DateTimeOffset now) =>
        Outcomes.Rejected(new UserProgress(), rules, request.Action, request.RecipientUserId, request.IdempotencyKey,
            Rejections.UnknownTarget(request.Action, target), now);
}
