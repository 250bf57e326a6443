namespace Gamification.Contracts.Wallets;

/// <summary>Tokens a streak milestone earned, credited once per milestone ledger line (<paramref name="LedgerKey"/>).</summary>
[GenerateSerializer, Immutable, Alias("gamification.streak-reward")]
public sealed record StreakReward([property: Id(0)] string LedgerKey, [property: Id(1)] string StreakId, [property: Id(2)] int Length, [property: Id(3)] long Amount);
