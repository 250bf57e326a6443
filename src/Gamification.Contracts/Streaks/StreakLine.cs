namespace Gamification.Contracts.Streaks;

/// <summary>A streak's state after a streak ledger line: the period it is about, its length and the freezes held.</summary>
[GenerateSerializer, Immutable, Alias("gamification.streak-line")]
public sealed record StreakLine([property: Id(0)] string StreakId, [property: Id(1)] DateOnly Period, [property: Id(2)] int Length, [property: Id(3)] int Freezes);
