namespace Gamification.Contracts.Analytics;

/// <summary>Awards per action per UTC day from <paramref name="From"/> to <paramref name="To"/> (both included), from the ledger.</summary>
public sealed record AwardsPerDay(DateOnly From, DateOnly To, IReadOnlyList<ActionDayCount> Days);
