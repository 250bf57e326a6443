namespace Gamification.Contracts.Rulesets;

/// <summary>An admin's new or changed special badge (seed 004's <c>POST /admin/badges</c>).</summary>
[GenerateSerializer, Immutable, Alias("gamification.badge-definition")]
public sealed record BadgeDefinition([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string? Description);
