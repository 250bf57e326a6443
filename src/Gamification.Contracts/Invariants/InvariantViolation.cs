namespace Gamification.Contracts.Invariants;

/// <summary>One broken promise found in storage: whose, which invariant, and the figures that show it.</summary>
/// <param name="Invariant"><c>xp_equals_ledger</c>, <c>idempotency_key_once</c>, <c>daily_cap</c>, <c>daily_limit</c>, <c>lifetime_limit</c>, <c>badge_once</c> or <c>readable</c>.</param>
public sealed record InvariantViolation(string UserId, string Invariant, string Detail);
