using Orleans.Concurrency;

namespace Gamification.Contracts.Wallets;

/// <summary>
/// A user's tokens in one app (seed 003's DGT wallet). Key: <c>app/user</c>. Every change is one
/// ledger row with an idempotency key and a reason; the balance never goes below zero.
/// </summary>
[Alias("gamification.wallet")]
public interface IWalletGrain : IGrainWithStringKey
{
    /// <summary>Balance, lifetime figures and unlocks, after granting any level-up reward still missing.</summary>
    [Alias("GetWallet")]
    Task<WalletView> GetWallet();

    /// <summary>Grants the reward of every level up to <paramref name="level"/> not yet rewarded, each once.</summary>
    [Alias("GrantLevelRewards")]
    Task<WalletView> GrantLevelRewards(int level);

    /// <summary>Buys a shop item; a once-only item a second time is refused.</summary>
    [Alias("Buy")]
    Task<WalletResult> Buy(ShopPurchase purchase);

    /// <summary>Credits the tokens of a streak milestone, once per milestone.</summary>
    [Alias("CreditStreakReward")]
    Task<WalletResult> CreditStreakReward(StreakReward reward);

    /// <summary>Credits tokens bought through the app's payment provider, once per payment reference.</summary>
    [Alias("CreditPurchase")]
    Task<WalletResult> CreditPurchase(PurchaseCredit credit);

    /// <summary>An admin's correction, with a reason.</summary>
    [Alias("Adjust")]
    Task<WalletResult> Adjust(TokenAdjustment adjustment);

    /// <summary>The sending leg of a transfer, once per transfer id; refused when the balance is short.</summary>
    [Alias("DebitTransfer")]
    Task<WalletResult> DebitTransfer(TransferLeg leg);

    /// <summary>The receiving leg of a transfer, once per transfer id.</summary>
    [Alias("CreditTransfer")]
    Task<WalletResult> CreditTransfer(TransferLeg leg);

    /// <summary>The ledger, newest first, before sequence <paramref name="before"/> if given.</summary>
    [Alias("GetHistory")]
    [ReadOnly]
    Task<WalletHistory> GetHistory(long? before, int limit);
}
