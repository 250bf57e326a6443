namespace Gamification.Domain.Progress;

/// <summary>A badge a user holds. <paramref name="Scope"/> is the module for module badges.</summary>
public sealed record EarnedBadge(string BadgeId, string? Scope, DateTimeOffset EarnedAt)
{
    public bool Is(string badgeId, string? scope) => BadgeId == badgeId && Scope == scope;
}
