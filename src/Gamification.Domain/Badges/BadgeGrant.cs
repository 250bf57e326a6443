namespace Gamification.Domain.Badges;

/// <summary>A badge given outside of actions: a special badge by an admin, a module badge by a module's milestone.</summary>
/// <param name="Scope">The module, for module badges.</param>
/// <param name="GrantedBy">The admin granting a special badge; null when the system grants it.</param>
public sealed record BadgeGrant(string UserId, string BadgeId, string? Scope, string? GrantedBy);
