namespace Gamification.Contracts.Awards;

/// <summary>Grant <paramref name="BadgeId"/>: a special badge by an admin, or a module badge (with <paramref name="ModuleId"/>) by a milestone.</summary>
[GenerateSerializer, Immutable, Alias("gamification.badge-command")]
public sealed record BadgeCommand([property: Id(0)] string BadgeId, [property: Id(1)] string? ModuleId, [property: Id(2)] string? GrantedBy);
