namespace Gamification.Contracts.Wallets;

/// <summary>Tokens a user bought, verified by the app (Stripe session, USDT transaction): credited once per <paramref name="PaymentReference"/>.</summary>
/// <param name="Provider">Where the payment came from, for the ledger (<c>stripe</c>, <c>usdt</c>).</param>
public sealed record PurchaseCredit(string PaymentReference, long Amount, string Provider);
