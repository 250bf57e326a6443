namespace Gamification.Contracts.Wallets;

/// <summary>One ledger row of a wallet.</summary>
/// <param name="Sequence">1, 2, 3... in the wallet's ledger.</param>
/// <param name="Kind"><c>level_reward</c>, <c>shop_purchase</c>, <c>purchase_credit</c>, <c>admin_adjustment</c>, <c>transfer_out</c>, <c>transfer_in</c>.</param>
/// <param name="Amount">Tokens added (positive) or taken (negative).</param>
/// <param name="Key">The idempotency key the row was written under (<c>level-reward:3</c>, <c>transfer-out:t1</c>).</param>
/// <param name="Reference">What it refers to: a level, a shop item, a payment reference, a transfer id.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record WalletLine(long Sequence, string Kind, long Amount, long BalanceAfter, string Key, string Reference, string Reason, DateTimeOffset At);
