namespace Gamification.Contracts.Wallets;

/// <summary>A user's wallet: balance = lifetime earned - lifetime spent.</summary>
/// <param name="Token">The token's name (<c>DGT</c>).</param>
/// <param name="RewardedLevel">The highest level whose reward (and every lower one's) was granted.</param>
[GenerateSerializer, Alias("gamification.wallet-view")]
public sealed record WalletView(
    [property: Id(0)] string UserId,
    [property: Id(1)] string Token,
    [property: Id(2)] long Balance,
    [property: Id(3)] long LifetimeEarned,
    [property: Id(4)] long LifetimeSpent,
    [property: Id(5)] IReadOnlyList<UnlockView> Unlocks,
    [property: Id(6)] int RewardedLevel);
