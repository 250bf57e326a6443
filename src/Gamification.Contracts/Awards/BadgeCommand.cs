namespace Gamification.Contracts.Awards;

/// <summary>Grant <paramref name="BadgeId"/>: a special badge by an admin, or a module badge (with <paramref name="ModuleId"/>) by a milestone.</summary>
public sealed record BadgeCommand(string BadgeId, string? ModuleId, string? GrantedBy);
