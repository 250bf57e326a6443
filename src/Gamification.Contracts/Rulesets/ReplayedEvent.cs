namespace Gamification.Contracts.Rulesets;

/// <summary>One event of a user's history replayed under the current and the proposed ruleset.</summary>
/// <param name="Key">The ledger entry's idempotency key.</param>
/// <param name="Action">The action replayed.</param>
/// <param name="CurrentXp">XP the event earns under the current ruleset (daily reward included).</param>
/// <param name="ProposedXp">XP it earns under the proposed ruleset.</param>
/// <param name="CurrentRefusal">Why the current ruleset refuses it, if it does.</param>
/// <param name="ProposedRefusal">Why the proposed ruleset refuses it, if it does.</param>
public sealed record ReplayedEvent(
    string Key, string Action, DateTimeOffset At, int CurrentXp, int ProposedXp, string? CurrentRefusal, string? ProposedRefusal)
{
    public bool Changed => CurrentXp != ProposedXp || CurrentRefusal != ProposedRefusal;
}
