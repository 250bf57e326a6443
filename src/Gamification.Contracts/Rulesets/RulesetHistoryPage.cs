namespace Gamification.Contracts.Rulesets;

/// <summary>A page of ruleset versions, oldest first; <paramref name="NextAfter"/> reads the next page.</summary>
public sealed record RulesetHistoryPage(IReadOnlyList<RulesetVersionView> Versions, long? NextAfter);
