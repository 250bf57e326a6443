namespace Gamification.Grains.Rulesets;

/// <summary>How often a silo looks for ruleset versions other silos stored (section <c>Rulesets</c>).</summary>
public sealed class RulesetPollingOptions
{
    public const string SectionName = "Rulesets";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
