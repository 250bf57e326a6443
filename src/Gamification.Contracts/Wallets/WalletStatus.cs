namespace Gamification.Contracts.Wallets;

/// <summary>How a wallet change ended.</summary>
[GenerateSerializer, Alias("gamification.wallet-status")]
public enum WalletStatus
{
    /// <summary>Applied now.</summary>
    Applied,

    /// <summary>Its idempotency key was applied before; nothing changed and the original row is answered.</summary>
    Duplicate,

    /// <summary>A rule refused it; nothing changed.</summary>
    Refused,
}
