namespace Gamification.Contracts.Wallets;

/// <summary>An admin changes a user's tokens by <paramref name="Delta"/> for <paramref name="Reason"/>; kept in the ledger.</summary>
public sealed record TokenAdjustment(long Delta, string Reason, string AdminId, string IdempotencyKey);
