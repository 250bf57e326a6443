using Gamification.Contracts.Wallets;

namespace Gamification.Client.Wallets;

/// <summary>
/// The token economy for .NET callers (seed 003's DGT), scoped by app: wallets, the shop, transfers,
/// purchase credits and admin adjustments. Ids are checked before anything is sent
/// (<see cref="ArgumentException"/> naming the parameter); changes are idempotent, so retries are safe.
/// </summary>
public interface IWalletClient
{
    /// <summary>Balance, lifetime figures and unlocks; grants any level-up reward still missing first.</summary>
    Task<WalletView> GetWalletAsync(string app, string userId, CancellationToken cancellationToken = default);

    /// <summary>The wallet's ledger, newest first.</summary>
    Task<WalletHistory> GetWalletHistoryAsync(string app, string userId, long? before = null, int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>The token's name, level-up rewards and shop.</summary>
    Task<TokenCatalog> GetCatalogAsync(string app, CancellationToken cancellationToken = default);

    /// <summary>Buys a shop item; without a key one is made, so only this call's retries are deduplicated.</summary>
    Task<WalletResult> BuyAsync(string app, string userId, ShopPurchase purchase, CancellationToken cancellationToken = default);

    /// <summary>Credits tokens the app sold (payment verified by the app), once per payment reference.</summary>
    Task<WalletResult> CreditPurchaseAsync(string app, string userId, PurchaseCredit credit, CancellationToken cancellationToken = default);

    /// <summary>An admin's correction of a user's tokens, with a reason kept in the ledger.</summary>
    Task<WalletResult> AdjustTokensAsync(string app, string userId, TokenAdjustment adjustment, CancellationToken cancellationToken = default);

    /// <summary>Transfers tokens; the same <paramref name="transferId"/> with the same parameters answers the original transfer.</summary>
    Task<TransferResult> TransferAsync(string app, string transferId, TransferCommand command, CancellationToken cancellationToken = default);

    /// <summary>A transfer as it stands, or null when the id was never used.</summary>
    Task<TransferView?> GetTransferAsync(string app, string transferId, CancellationToken cancellationToken = default);

    /// <summary>Tokens issued, spent and transferred per UTC day, from <paramref name="firstDay"/> to <paramref name="lastDay"/> (at most 366 days).</summary>
    Task<IReadOnlyList<TokenDayFlow>> GetDailyFlowsAsync(string app, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default);
}
