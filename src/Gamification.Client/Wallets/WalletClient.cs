using Gamification.Contracts;
using Gamification.Contracts.Wallets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Client.Wallets;

/// <summary><see cref="IWalletClient"/> over grain references, with the same retry rules as <see cref="GamificationClient"/>.</summary>
public sealed partial class WalletClient(IGrainFactory grains, IOptions<GamificationClientOptions> options, ILogger<WalletClient> logger) : IWalletClient
{
    public const long MaxAmount = 1_000_000_000;
    public const int MaxFlowDays = 366;

    private readonly GamificationClientOptions settings = options.Value;

    public Task<WalletView> GetWalletAsync(string app, string userId, CancellationToken cancellationToken = default) =>
        Call(Wallet(app, userId).GetWallet, cancellationToken);

    public Task<WalletHistory> GetWalletHistoryAsync(string app, string userId, long? before = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        var wallet = Wallet(app, userId);
        Argument.Limit(limit, 500, "limit");
        return Call(() => wallet.GetHistory(before, limit), cancellationToken);
    }

    public Task<TokenCatalog> GetCatalogAsync(string app, CancellationToken cancellationToken = default) =>
        Call(grains.GetGrain<ITokenEconomyGrain>(Argument.Id(app, "app")).GetCatalog, cancellationToken);

    public Task<WalletResult> BuyAsync(string app, string userId, ShopPurchase purchase, CancellationToken cancellationToken = default)
    {
        // Through the user's grain: an item with an effect (a boost, freezes) takes effect there.
        var user = grains.User(app, userId);
        purchase = new ShopPurchase(Argument.Id(purchase.ItemId, "item_id"), Argument.Key(purchase.IdempotencyKey, "idempotency_key"));
        return Call(() => user.Buy(purchase), cancellationToken);
    }

    public Task<WalletResult> CreditPurchaseAsync(string app, string userId, PurchaseCredit credit, CancellationToken cancellationToken = default)
    {
        var wallet = Wallet(app, userId);
        Argument.Id(credit.PaymentReference, "payment_reference");
        Argument.Id(credit.Provider, "provider");
        Amount(credit.Amount, "amount");
        return Call(() => wallet.CreditPurchase(credit), cancellationToken);
    }

    public Task<WalletResult> AdjustTokensAsync(string app, string userId, TokenAdjustment adjustment, CancellationToken cancellationToken = default)
    {
        var wallet = Wallet(app, userId);
        if (adjustment.Delta == 0 || Math.Abs(adjustment.Delta) > MaxAmount)
            throw new ArgumentException($"delta must be between -{MaxAmount} and {MaxAmount}, not 0", "delta");
        if (string.IsNullOrWhiteSpace(adjustment.Reason))
            throw new ArgumentException("reason is required", "reason");
        adjustment = adjustment with { AdminId = Argument.Id(adjustment.AdminId, "admin_id"), IdempotencyKey = Argument.Key(adjustment.IdempotencyKey, "idempotency_key") };
        return Call(() => wallet.Adjust(adjustment), cancellationToken);
    }

    public Task<TransferResult> TransferAsync(string app, string transferId, TransferCommand command, CancellationToken cancellationToken = default)
    {
        var transfer = grains.GetGrain<ITransferGrain>(TransferKeys.Of(Argument.Id(app, "app"), Argument.Id(transferId, "transfer_id")));
        Argument.Id(command.FromUserId, "from_user_id");
        Argument.Id(command.ToUserId, "to_user_id");
        if (command.FromUserId == command.ToUserId)
            throw new ArgumentException("to_user_id must not be the sender", "to_user_id");
        Amount(command.Amount, "amount");
        return Call(() => transfer.Transfer(command), cancellationToken);
    }

    public Task<TransferView?> GetTransferAsync(string app, string transferId, CancellationToken cancellationToken = default) =>
        Call(grains.GetGrain<ITransferGrain>(TransferKeys.Of(Argument.Id(app, "app"), Argument.Id(transferId, "transfer_id"))).GetTransfer, cancellationToken);

    public Task<IReadOnlyList<TokenDayFlow>> GetDailyFlowsAsync(string app, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        var economy = grains.GetGrain<ITokenEconomyGrain>(Argument.Id(app, "app"));
        if (lastDay < firstDay || lastDay.DayNumber - firstDay.DayNumber >= MaxFlowDays)
            throw new ArgumentException($"to must be on or after from, at most {MaxFlowDays} days in all", "to");
        return Call(() => economy.GetDailyFlows(firstDay, lastDay), cancellationToken);
    }

    private static void Amount(long amount, string name)
    {
        if (amount is < 1 or > MaxAmount)
            throw new ArgumentException($"{name} must be between 1 and {MaxAmount}", name);
    }

    private IWalletGrain Wallet(string app, string userId) =>
        grains.GetGrain<IWalletGrain>(GrainKeys.User(Argument.Id(app, "app"), Argument.Id(userId, "user_id")));

    private async Task<T> Call<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var delay = settings.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call().WaitAsync(settings.CallTimeout, cancellationToken);
            }
            catch (Exception e) when (TransientFailures.Retryable(e) && attempt < settings.MaxAttempts)
            {
                LogRetry(attempt, e.GetType().Name);
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying a wallet call after attempt {Attempt} failed with {Failure}")]
    private partial void LogRetry(int attempt, string failure);
}
