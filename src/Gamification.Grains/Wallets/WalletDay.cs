namespace Gamification.Grains.Wallets;

/// <summary>One wallet's tokens on one UTC day: created for it, taken out of the economy, sent to others.</summary>
public sealed class WalletDay
{
    public long Issued { get; set; }

    public long Spent { get; set; }

    public long TransferredOut { get; set; }
}
