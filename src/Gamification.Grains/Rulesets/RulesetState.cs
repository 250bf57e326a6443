namespace Gamification.Grains.Rulesets;

/// <summary>An app's edited ruleset document; empty until the first edit (the configured preset is used till then).</summary>
public sealed class RulesetState
{
    public string? Document { get; set; }

    /// <summary>The document's version, readable without parsing it (silos poll it).</summary>
    public int Version { get; set; }
}
