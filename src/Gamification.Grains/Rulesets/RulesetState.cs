namespace Gamification.Grains.Rulesets;

/// <summary>An app's stored ruleset document: the first adopted preset, then each edit; empty until either.</summary>
public sealed class RulesetState
{
    public string? Document { get; set; }

    /// <summary>The document's version, readable without parsing it (silos poll it).</summary>
    public int Version { get; set; }
}
