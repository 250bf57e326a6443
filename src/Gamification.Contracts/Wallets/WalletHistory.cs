namespace Gamification.Contracts.Wallets;

/// <summary>A page of a wallet's ledger, newest first; pass <paramref name="NextBefore"/> as <c>before</c> to read on.</summary>
[GenerateSerializer, Alias("gamification.wallet-history")]
public sealed record WalletHistory([property: Id(0)] IReadOnlyList<WalletLine> Entries, [property: Id(1)] long? NextBefore);
