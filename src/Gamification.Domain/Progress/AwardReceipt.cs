namespace Gamification.Domain.Progress;

/// <summary>
/// The short memory of an accepted event, kept so that a retried idempotency key returns the
/// original answer without touching the store. Older keys are caught by the ledger's unique key.
/// </summary>
/// <remarks>A struct: every active user's state holds several, inline in one array rather than as objects of their own.</remarks>
public readonly record struct AwardReceipt(string Key, string Action, int XpAdded, long TotalXp, int Level, bool LeveledUp, DateTimeOffset At);
