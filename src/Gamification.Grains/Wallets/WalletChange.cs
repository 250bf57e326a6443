namespace Gamification.Grains.Wallets;

/// <summary>One change a wallet is asked to make, before it is checked and written.</summary>
/// <param name="Key">The ledger's idempotency key (<c>level-reward:3</c>, <c>transfer-out:t1</c>).</param>
/// <param name="Kind">The ledger row's kind.</param>
/// <param name="Amount">Tokens added (positive) or taken (negative).</param>
/// <param name="Reference">The level, shop item, payment reference or transfer id.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Unlock">The shop item it unlocks, if any.</param>
internal sealed record WalletChange(string Key, string Kind, long Amount, string Reference, string Reason, string? Unlock = null)
{
    /// <summary>Creates or destroys tokens (as opposed to moving them between users).</summary>
    public bool IsIssueOrSpend => Kind is not (WalletKinds.TransferOut or WalletKinds.TransferIn);
}
