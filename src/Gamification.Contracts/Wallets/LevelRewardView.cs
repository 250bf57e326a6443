namespace Gamification.Contracts.Wallets;

/// <summary>Tokens granted once for reaching <paramref name="Level"/>.</summary>
[GenerateSerializer, Immutable, Alias("gamification.level-reward-view")]
public sealed record LevelRewardView([property: Id(0)] int Level, [property: Id(1)] long Amount);
