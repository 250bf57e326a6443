namespace Gamification.Contracts.Rulesets;

/// <summary>A page of ruleset versions, oldest first; <paramref name="NextAfter"/> reads the next page.</summary>
[GenerateSerializer, Alias("gamification.ruleset-history-page")]
public sealed record RulesetHistoryPage([property: Id(0)] IReadOnlyList<RulesetVersionView> Versions, [property: Id(1)] long? NextAfter);
