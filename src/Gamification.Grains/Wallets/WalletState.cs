namespace Gamification.Grains.Wallets;

/// <summary>A user's tokens as stored: balance = lifetime earned - lifetime spent, never below zero.</summary>
public sealed class WalletState
{
    /// <summary>How many days of flows a wallet keeps for the economy's daily figures.</summary>
    public const int DaysKept = 400;

    public long Balance { get; set; }

    public long LifetimeEarned { get; set; }

    public long LifetimeSpent { get; set; }

    /// <summary>Shop items owned, by id, with how many of each.</summary>
    public Dictionary<string, int> Unlocks { get; set; } = [];

    /// <summary>Every level up to this one had its reward granted (level 1 has none).</summary>
    public int RewardedLevel { get; set; } = 1;

    /// <summary>How many ledger rows the wallet has written; the newest row's sequence.</summary>
    public long LedgerSequence { get; set; }

    /// <summary>Tokens in and out per UTC day, for the app's daily figures.</summary>
    public Dictionary<DateOnly, WalletDay> Days { get; set; } = [];
}
