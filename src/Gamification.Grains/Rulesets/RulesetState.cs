namespace Gamification.Grains.Rulesets;

/// <summary>An app's edited ruleset document; empty until the first edit (the configured preset is used till then).</summary>
public sealed class RulesetState
{
    public string? Document { get; set; }
}
