namespace Gamification.Contracts.Wallets;

/// <summary>One side of transfer <paramref name="TransferId"/>: <paramref name="Amount"/> tokens to or from <paramref name="Counterparty"/>.</summary>
public sealed record TransferLeg(string TransferId, long Amount, string Counterparty, string? Memo);
