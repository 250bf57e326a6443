namespace Gamification.Contracts.Analytics;

/// <summary>Awards per action per UTC day from <paramref name="From"/> to <paramref name="To"/> (both included), from the ledger.</summary>
[GenerateSerializer, Alias("gamification.awards-per-day")]
public sealed record AwardsPerDay(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] IReadOnlyList<ActionDayCount> Days);
