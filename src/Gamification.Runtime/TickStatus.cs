namespace Gamification.Runtime;

/// <summary>What a reminder tick knows about itself.</summary>
/// <param name="DueAt">When this tick was due; earlier than <paramref name="CurrentTickTime"/> after downtime.</param>
/// <param name="Period">The reminder's period.</param>
/// <param name="CurrentTickTime">When the tick is delivered.</param>
public readonly record struct TickStatus(DateTimeOffset DueAt, TimeSpan Period, DateTimeOffset CurrentTickTime);
