namespace Gamification.Contracts.Rulesets;

/// <summary>An admin's new or changed special badge (seed 004's <c>POST /admin/badges</c>).</summary>
public sealed record BadgeDefinition(string Id, string Name, string? Description);
