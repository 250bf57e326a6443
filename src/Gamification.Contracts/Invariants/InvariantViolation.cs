namespace Gamification.Contracts.Invariants;

/// <summary>One broken promise found in storage: whose, which invariant, and the figures that show it.</summary>
/// <param name="Invariant"><c>xp_equals_ledger</c>, <c>idempotency_key_once</c>, <c>daily_cap</c>, <c>daily_limit</c>, <c>lifetime_limit</c>, <c>badge_once</c>, <c>readable</c>; for tokens <c>wallet_equals_ledger</c>, <c>wallet_lifetime</c>, <c>wallet_never_negative</c>, <c>transfer_once</c>, <c>transfer_matches_ledger</c> or <c>tokens_conserved</c> (user <c>*</c>: the whole app).</param>
[GenerateSerializer, Immutable, Alias("gamification.invariant-violation")]
public sealed record InvariantViolation([property: Id(0)] string UserId, [property: Id(1)] string Invariant, [property: Id(2)] string Detail);
