namespace Gamification.Contracts.Rulesets;

/// <summary>The result of editing a ruleset: the new version, or every validation error with its JSON path.</summary>
[GenerateSerializer, Alias("gamification.ruleset-change")]
public sealed record RulesetChange([property: Id(0)] RulesetView? Ruleset, [property: Id(1)] IReadOnlyList<string> Errors)
{
    public bool Applied => Ruleset is not null;
}
