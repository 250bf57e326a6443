using Gamification.Contracts.Wallets;

namespace Gamification.Invariants.Tokens;

/// <summary>One wallet as stored: its figures and its whole ledger, oldest row first.</summary>
public sealed record WalletRecord(string UserId, StoredWallet State, IReadOnlyList<WalletLine> Ledger);
