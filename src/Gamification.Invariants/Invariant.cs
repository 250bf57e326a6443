namespace Gamification.Invariants;

/// <summary>The names of the promises the checker verifies, as reports show them.</summary>
public static class Invariant
{
    public const string XpEqualsLedger = "xp_equals_ledger";
    public const string IdempotencyKeyOnce = "idempotency_key_once";
    public const string DailyCap = "daily_cap";
    public const string DailyLimit = "daily_limit";
    public const string LifetimeLimit = "lifetime_limit";
    public const string BadgeOnce = "badge_once";
    public const string Readable = "readable";
    public const string WalletEqualsLedger = "wallet_equals_ledger";
    public const string WalletLifetime = "wallet_lifetime";
    public const string WalletNeverNegative = "wallet_never_negative";
    public const string TransferOnce = "transfer_once";
    public const string TransferMatchesLedger = "transfer_matches_ledger";
    public const string TokensConserved = "tokens_conserved";
}
