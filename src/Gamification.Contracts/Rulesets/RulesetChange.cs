namespace Gamification.Contracts.Rulesets;

/// <summary>The result of editing a ruleset: the new version, or every validation error with its JSON path.</summary>
public sealed record RulesetChange(RulesetView? Ruleset, IReadOnlyList<string> Errors)
{
    public bool Applied => Ruleset is not null;
}
