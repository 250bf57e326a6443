namespace Gamification.Contracts.Boosts;

/// <summary>A boost that multiplied a ledger line's XP.</summary>
[GenerateSerializer, Immutable, Alias("gamification.applied-boost-line")]
public sealed record AppliedBoostLine([property: Id(0)] string Id, [property: Id(1)] decimal Factor, [property: Id(2)] string Scope);
