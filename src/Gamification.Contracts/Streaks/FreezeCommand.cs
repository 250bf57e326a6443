namespace Gamification.Contracts.Streaks;

/// <summary>Grant <paramref name="Count"/> freezes for streak <paramref name="StreakId"/>; <paramref name="IdempotencyKey"/> makes a retry safe.</summary>
[GenerateSerializer, Immutable, Alias("gamification.freeze-command")]
public sealed record FreezeCommand([property: Id(0)] string StreakId, [property: Id(1)] int Count, [property: Id(2)] string GrantedBy, [property: Id(3)] string IdempotencyKey);
