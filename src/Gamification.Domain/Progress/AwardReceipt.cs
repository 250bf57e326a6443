namespace Gamification.Domain.Progress;

/// <summary>
/// The short memory of an accepted event, kept so that a retried idempotency key returns the
/// original answer without touching the store. Older keys are caught by the ledger's unique key.
/// </summary>
public sealed record AwardReceipt(string Key, string Action, int XpAdded, long TotalXp, int Level, bool LeveledUp, DateTimeOffset At);
