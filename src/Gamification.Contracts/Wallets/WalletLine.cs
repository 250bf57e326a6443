namespace Gamification.Contracts.Wallets;

/// <summary>One ledger row of a wallet.</summary>
/// <param name="Sequence">1, 2, 3... in the wallet's ledger.</param>
/// <param name="Kind"><c>level_reward</c>, <c>streak_reward</c>, <c>shop_purchase</c>, <c>purchase_credit</c>, <c>admin_adjustment</c>, <c>transfer_out</c>, <c>transfer_in</c>.</param>
/// <param name="Amount">Tokens added (positive) or taken (negative).</param>
/// <param name="Key">The idempotency key the row was written under (<c>level-reward:3</c>, <c>transfer-out:t1</c>).</param>
/// <param name="Reference">What it refers to: a level, a shop item, a payment reference, a transfer id.</param>
/// <param name="Reason">Why, in words.</param>
[GenerateSerializer, Immutable, Alias("gamification.wallet-line")]
public sealed record WalletLine(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string Kind,
    [property: Id(2)] long Amount,
    [property: Id(3)] long BalanceAfter,
    [property: Id(4)] string Key,
    [property: Id(5)] string Reference,
    [property: Id(6)] string Reason,
    [property: Id(7)] DateTimeOffset At);
