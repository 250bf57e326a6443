namespace Gamification.Grains.Wallets;

/// <summary>The kinds of wallet ledger rows, as stored and as callers read them.</summary>
internal static class WalletKinds
{
    public const string LevelReward = "level_reward";
    public const string StreakReward = "streak_reward";
    public const string ShopPurchase = "shop_purchase";
    public const string PurchaseCredit = "purchase_credit";
    public const string AdminAdjustment = "admin_adjustment";
    public const string TransferOut = "transfer_out";
    public const string TransferIn = "transfer_in";
}
