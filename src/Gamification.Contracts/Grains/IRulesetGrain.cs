using Gamification.Contracts.Rulesets;
using Gamification.Runtime;

namespace Gamification.Contracts.Grains;

/// <summary>The ruleset an app runs under, and its edits; each edit makes a new version. Key: the app id.</summary>
public interface IRulesetGrain : IGrainWithStringKey
{
    /// <summary>The ruleset in use.</summary>
    [ReadOnly]
    Task<RulesetView> GetCurrent();

    /// <summary>Adds or changes a special badge; refused with errors if the result would be invalid.</summary>
    Task<RulesetChange> PutBadge(BadgeDefinition badge);
}
