namespace Gamification.Contracts.Wallets;

/// <summary>A page of a wallet's ledger, newest first; pass <paramref name="NextBefore"/> as <c>before</c> to read on.</summary>
public sealed record WalletHistory(IReadOnlyList<WalletLine> Entries, long? NextBefore);
