namespace Gamification.Invariants.Tokens;

/// <summary>The figures of a stored wallet state the checker reads (the grain stores more).</summary>
public sealed record StoredWallet(long Balance, long LifetimeEarned, long LifetimeSpent);
