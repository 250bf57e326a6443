namespace Gamification.Domain.Adjustments;

/// <summary>An admin's explicit change of a user's XP, with the reason the ledger keeps.</summary>
public sealed record XpAdjustment(string UserId, int Delta, string Reason, string AdminId, string IdempotencyKey);
