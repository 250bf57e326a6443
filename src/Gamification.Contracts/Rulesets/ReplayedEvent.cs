namespace Gamification.Contracts.Rulesets;

/// <summary>One event of a user's history replayed under the current and the proposed ruleset.</summary>
/// <param name="Key">The ledger entry's idempotency key.</param>
/// <param name="Action">The action replayed.</param>
/// <param name="CurrentXp">XP the event earns under the current ruleset (daily reward included).</param>
/// <param name="ProposedXp">XP it earns under the proposed ruleset.</param>
/// <param name="CurrentRefusal">Why the current ruleset refuses it, if it does.</param>
/// <param name="ProposedRefusal">Why the proposed ruleset refuses it, if it does.</param>
[GenerateSerializer, Immutable, Alias("gamification.replayed-event")]
public sealed record ReplayedEvent(
    [property: Id(0)] string Key,
    [property: Id(1)] string Action,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] int CurrentXp,
    [property: Id(4)] int ProposedXp,
    [property: Id(5)] string? CurrentRefusal,
    [property: Id(6)] string? ProposedRefusal)
{
    public bool Changed => CurrentXp != ProposedXp || CurrentRefusal != ProposedRefusal;
}
