namespace Gamification.Contracts.Wallets;

/// <summary>Tokens a user bought, verified by the app (Stripe session, USDT transaction): credited once per <paramref name="PaymentReference"/>.</summary>
/// <param name="Provider">Where the payment came from, for the ledger (<c>stripe</c>, <c>usdt</c>).</param>
[GenerateSerializer, Immutable, Alias("gamification.purchase-credit")]
public sealed record PurchaseCredit([property: Id(0)] string PaymentReference, [property: Id(1)] long Amount, [property: Id(2)] string Provider);
