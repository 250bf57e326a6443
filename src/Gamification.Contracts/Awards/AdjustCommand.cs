namespace Gamification.Contracts.Awards;

/// <summary>An admin changes a user's XP by <paramref name="Delta"/> for <paramref name="Reason"/>; kept in the ledger.</summary>
public sealed record AdjustCommand(int Delta, string Reason, string AdminId, string IdempotencyKey);
