namespace Gamification.Contracts.Wallets;

/// <summary>What an app's tokens buy and how they are earned by levelling up.</summary>
[GenerateSerializer, Alias("gamification.token-catalog")]
public sealed record TokenCatalog(
    [property: Id(0)] string Token,
    [property: Id(1)] IReadOnlyList<LevelRewardView> LevelRewards,
    [property: Id(2)] IReadOnlyList<ShopItemView> Shop);
