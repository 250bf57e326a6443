using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Boosts;

/// <summary>Decides a user's own boost: a factor the ruleset allows, a window that has not ended, an id not used before.</summary>
public static class BoostEngine
{
    public static AwardOutcome Decide(UserProgress state, Ruleset rules, BoostGrant grant, DateTimeOffset now)
    {
        var boost = grant.Boost;
        var key = AwardDraft.BoostStartedKey(boost.Id);
        if (state.FindReceipt(key) is { } receipt)
            return Outcomes.Duplicate(state, rules, grant.UserId, receipt, now);
        if (boost.Factor < BoostRules.MinFactor || boost.Factor > rules.Boosts.MaxFactor)
            return Reject($"factor must be between {BoostRules.MinFactor} and {rules.Boosts.MaxFactor} (is {boost.Factor})");
        if (boost.EndsAt <= boost.StartsAt)
            return Reject("ends_at must be after starts_at");
        if (boost.EndsAt <= now)
            return Reject("ends_at must be in the future");
        if (boost.Actions?.FirstOrDefault(a => !rules.Actions.ContainsKey(a)) is { } unknown)
            return Reject($"actions names no action of this ruleset ('{unknown}')");

        var draft = new AwardDraft(state, rules, now);
        draft.EndExpiredBoosts();
        draft.Note(LedgerKind.BoostStarted, boost.Id, key, boost: boost, actor: boost.Source);
        return draft.Complete(boost.Id, grant.UserId, key, 0, null);

        AwardOutcome Reject(string detail) =>
            Outcomes.Rejected(state, rules, boost.Id, grant.UserId, key, new Rejection(RejectionReason.InvalidBoost, detail), now);
    }

    /// <summary>Ends the boosts that ran out by <paramref name="now"/>; unchanged when none did.</summary>
    public static AwardOutcome EndExpired(UserProgress state, Ruleset rules, string userId, DateTimeOffset now)
    {
        var ended = state.Boosts?.FirstOrDefault(b => b.EndsAt <= now);
        if (ended is null)
            return Outcomes.Unchanged(state, rules, "boost_ended", userId, "boost-ended", now);
        var draft = new AwardDraft(state, rules, now);
        draft.EndExpiredBoosts();
        return draft.Complete("boost_ended", userId, AwardDraft.BoostEndedKey(ended.Id), 0, null);
    }
}
