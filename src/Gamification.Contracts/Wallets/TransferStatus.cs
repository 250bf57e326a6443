namespace Gamification.Contracts.Wallets;

/// <summary>Where a transfer stands: Requested, then Debited, then Completed; or RolledBack when the debit was refused.</summary>
[GenerateSerializer, Alias("gamification.transfer-status")]
public enum TransferStatus
{
    /// <summary>Recorded; the sender's wallet has not confirmed the debit yet.</summary>
    Requested,

    /// <summary>The sender paid; the receiver's credit is under way (these tokens are in flight).</summary>
    Debited,

    /// <summary>The receiver was credited. Final.</summary>
    Completed,

    /// <summary>Nothing moved (the sender's balance was short). Final.</summary>
    RolledBack,
}
