using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Badges;

/// <summary>Decides badge grants. A badge is held at most once (per module for module badges).</summary>
public static class BadgeEngine
{
    public static AwardOutcome Decide(UserProgress state, Ruleset rules, BadgeGrant grant, DateTimeOffset now)
    {
        var key = AwardDraft.BadgeKey(grant.BadgeId, grant.Scope);
        if (!rules.Badges.TryGetValue(grant.BadgeId, out var badge))
            return Reject(RejectionReason.UnknownBadge, $"Unknown badge '{grant.BadgeId}'");
        var grantable = badge.Kind switch
        {
            BadgeKind.Special => grant.GrantedBy is not null && grant.Scope is null,
            BadgeKind.ModuleMessages => grant.GrantedBy is null && grant.Scope is not null,
            _ => false,
        };
        if (!grantable)
            return Reject(RejectionReason.BadgeNotGrantable, $"Badge '{badge.Id}' is a {badge.Kind} badge and cannot be granted this way");
        if (state.HasBadge(badge.Id, grant.Scope))
            return Outcomes.Unchanged(state, rules, badge.Id, grant.UserId, key, now);

        var draft = new AwardDraft(state, rules, now);
        draft.AddBadge(badge, grant.Scope, grant.GrantedBy);
        return draft.Complete(badge.Id, grant.UserId, key, 0, null);

        AwardOutcome Reject(RejectionReason reason, string detail) =>
            Outcomes.Rejected(state, rules, grant.BadgeId, grant.UserId, key, new Rejection(reason, detail), now);
    }
}
