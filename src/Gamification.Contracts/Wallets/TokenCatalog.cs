namespace Gamification.Contracts.Wallets;

/// <summary>What an app's tokens buy and how they are earned by levelling up.</summary>
public sealed record TokenCatalog(string Token, IReadOnlyList<LevelRewardView> LevelRewards, IReadOnlyList<ShopItemView> Shop);
