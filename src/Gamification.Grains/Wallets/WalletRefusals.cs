using Gamification.Contracts.Wallets;

namespace Gamification.Grains.Wallets;

/// <summary>Why a wallet refuses a change, in the codes and words callers see.</summary>
internal static class WalletRefusals
{
    public static WalletRefusal Insufficient(long balance, long amount, string token, string field) =>
        new("insufficient_balance", field, $"Insufficient balance: {amount} {token} needed, {balance} {token} held");

    public static WalletRefusal AlreadyOwned(string itemId) =>
        new("already_owned", "item_id", $"{itemId} is owned already and can be bought only once");

    public static WalletRefusal UnknownItem(string itemId) => new("unknown_item", "item_id", $"The shop has no item {itemId}");

    public static WalletRefusal KeyReused(string field, string key) =>
        new("key_reused", field, $"{key} was used before for a different request");
}
