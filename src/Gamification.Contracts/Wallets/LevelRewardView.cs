namespace Gamification.Contracts.Wallets;

/// <summary>Tokens granted once for reaching <paramref name="Level"/>.</summary>
public sealed record LevelRewardView(int Level, long Amount);
