using Gamification.Persistence;
using Gamification.Grains.Hosting;
using System.Text.Json;
using Gamification.Contracts;
using Gamification.Contracts.Wallets;
using Gamification.Domain.Rules;
using Gamification.Domain.Tokens;
using Gamification.Grains.Apps;
using Gamification.Grains.Users;

namespace Gamification.Grains.Wallets;

/// <summary>
/// A user's tokens in one app. Each change is one turn: checked against the balance, then state and
/// its ledger row are written together. A repeated idempotency key answers the original row.
/// </summary>
[GrainType(TypeName)]
public sealed class WalletGrain(AppRulesets rulesets, IJournalReader journal, IGrainStateQuery states, [PersistentState("state", StorageProviders.Journaled)] IPersistentState<Journaled<WalletState>> state) : PersistentGrain<WalletState>(state), IWalletGrain
{
    internal const string TypeName = "wallet";

    private (string App, string Id)? key;

    private (string App, string Id) Key => key ??= GrainKeys.Split(GrainKey);

    private Ruleset Rules => rulesets.For(Key.App);

    private TokenRules Tokens => Rules.Tokens ?? throw new TokensNotConfiguredException(Key.App);

    // A level-up whose reward call was lost (a crash after the XP commit) is repaired on the wallet's next activation.
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        Rules.Tokens is null ? Task.CompletedTask : RepairLevelRewards();

    public async Task<WalletView> GetWallet()
    {
        _ = Tokens;
        await RepairLevelRewards();
        return View();
    }

    public async Task<WalletView> GrantLevelRewards(int level)
    {
        var tokens = Tokens;
        if (level <= State.RewardedLevel)
            return View();
        var changes = Enumerable.Range(State.RewardedLevel + 1, level - State.RewardedLevel)
            .Where(l => tokens.RewardFor(l) > 0)
            .Select(l => new WalletChange($"level-reward:{l}", WalletKinds.LevelReward, tokens.RewardFor(l), $"{l}", $"Reached level {l} ({Rules.Levels.NameOf(l)})"))
            .ToList();
        var at = Clock.GetUtcNow();
        State.RewardedLevel = level;
        await WriteStateAsync([.. changes.Select(c => WalletLines.Entry(WalletLedger.Apply(State, c, at)))]);
        return View();
    }

    public Task<WalletResult> Buy(ShopPurchase purchase)
    {
        var key = $"shop:{purchase.IdempotencyKey}";
        if (!Tokens.Shop.TryGetValue(purchase.ItemId, out var item))
            return Refuse(key, line => line.Reference == purchase.ItemId, WalletRefusals.UnknownItem(purchase.ItemId));
        if (!item.Stackable && State.Unlocks.ContainsKey(item.Id))
            return Refuse(key, line => line.Reference == item.Id, WalletRefusals.AlreadyOwned(item.Id));
        return Apply(new WalletChange(key, WalletKinds.ShopPurchase, -item.Price, item.Id, $"Bought {item.Name}", item.Id), "item_id");
    }

    public Task<WalletResult> CreditStreakReward(StreakReward reward) => Apply(
        new WalletChange($"streak-reward:{reward.LedgerKey}", WalletKinds.StreakReward, reward.Amount, reward.StreakId,
            $"Streak {reward.StreakId}: {reward.Length} in a row"),
        "amount");

    public Task<WalletResult> CreditPurchase(PurchaseCredit credit) => Apply(
        new WalletChange($"purchase:{credit.PaymentReference}", WalletKinds.PurchaseCredit, credit.Amount, credit.PaymentReference,
            $"Bought {credit.Amount} {Tokens.Name} ({credit.Provider})"),
        "payment_reference");

    public Task<WalletResult> Adjust(TokenAdjustment adjustment) => Apply(
        new WalletChange($"adjust:{adjustment.IdempotencyKey}", WalletKinds.AdminAdjustment, adjustment.Delta, adjustment.AdminId, adjustment.Reason),
        "delta");

    public Task<WalletResult> DebitTransfer(TransferLeg leg) => Apply(
        new WalletChange($"transfer-out:{leg.TransferId}", WalletKinds.TransferOut, -leg.Amount, leg.TransferId, $"Sent to {leg.Counterparty}: {leg.Memo}"),
        "amount");

    public Task<WalletResult> CreditTransfer(TransferLeg leg) => Apply(
        new WalletChange($"transfer-in:{leg.TransferId}", WalletKinds.TransferIn, leg.Amount, leg.TransferId, $"Received from {leg.Counterparty}: {leg.Memo}"),
        "amount");

    public async Task<WalletHistory> GetHistory(long? before, int limit)
    {
        // Journal sequences run 1, 2, 3... per grain, so the page before B is (B - 1 - limit, B) read oldest first.
        var end = Math.Min(before ?? long.MaxValue, State.LedgerSequence + 1);
        var after = Math.Max(0, end - 1 - limit);
        var rows = end - 1 > after ? await journal.ReadAsync(GrainId, after, (int)(end - 1 - after), CancellationToken.None) : [];
        return new WalletHistory([.. rows.Reverse().Select(r => WalletLines.Read(r.Entry.PayloadJson))], after > 0 ? after + 1 : null);
    }

    private async Task<WalletResult> Apply(WalletChange change, string field)
    {
        var before = View();
        if (State.Balance + change.Amount < 0)
            return await Refuse(change.Key, l => l.Amount == change.Amount && l.Reference == change.Reference, WalletRefusals.Insufficient(State.Balance, -change.Amount, Tokens.Name, field));
        var line = WalletLedger.Apply(State, change, Clock.GetUtcNow());
        try
        {
            await WriteStateAsync([WalletLines.Entry(line)]);
        }
        catch (DuplicateJournalEntryException)
        {
            // The write reloaded the stored state, so the change made above is dropped.
            return await Replayed(change.Key, l => l.Amount == change.Amount && l.Reference == change.Reference, before, field)
                ?? throw new InvalidOperationException($"The ledger refused key '{change.Key}' but does not hold it");
        }
        return new WalletResult(WalletStatus.Applied, View(), line, null);
    }

    /// <summary>A refusal, unless the key was applied before: then the original answer.</summary>
    private async Task<WalletResult> Refuse(string key, Func<WalletLine, bool> sameRequest, WalletRefusal refusal) =>
        await Replayed(key, sameRequest, View(), refusal.Field) ?? new WalletResult(WalletStatus.Refused, View(), null, refusal);

    private async Task<WalletResult?> Replayed(string key, Func<WalletLine, bool> sameRequest, WalletView view, string field)
    {
        if (await journal.FindAsync(GrainId, key, CancellationToken.None) is not { } row)
            return null;
        var original = WalletLines.Read(row.Entry.PayloadJson);
        return sameRequest(original)
            ? new WalletResult(WalletStatus.Duplicate, view, original, null)
            : new WalletResult(WalletStatus.Refused, view, original, WalletRefusals.KeyReused(field, key));
    }

    private async Task RepairLevelRewards()
    {
        // Read from storage, not from the user's grain: its award turn may be waiting on this wallet.
        var stored = await states.ReadAsync(GrainId.Create(UserProgressGrain.TypeName, GrainKey), CancellationToken.None);
        if (stored is null)
            return;
        var progress = JsonSerializer.Deserialize(stored.PayloadJson, GrainsJsonContext.Default.UserProgress);
        var level = Rules.Levels.LevelFor(progress?.Xp ?? 0);
        if (level > State.RewardedLevel)
            await GrantLevelRewards(level);
    }

    private WalletView View() => new(Key.Id, Tokens.Name, State.Balance, State.LifetimeEarned, State.LifetimeSpent,
        [.. State.Unlocks.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new UnlockView(u.Key, u.Value))], State.RewardedLevel);
}
