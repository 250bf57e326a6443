namespace Gamification.Contracts.Wallets;

/// <summary>A user's wallet: balance = lifetime earned - lifetime spent.</summary>
/// <param name="Token">The token's name (<c>DGT</c>).</param>
/// <param name="RewardedLevel">The highest level whose reward (and every lower one's) was granted.</param>
public sealed record WalletView(
    string UserId,
    string Token,
    long Balance,
    long LifetimeEarned,
    long LifetimeSpent,
    IReadOnlyList<UnlockView> Unlocks,
    int RewardedLevel);
