using Gamification.Contracts.Rulesets;
using Orleans.Concurrency;

namespace Gamification.Contracts.Grains;

/// <summary>The ruleset an app runs under, and its edits; each edit makes a new version. Key: the app id.</summary>
[Alias("gamification.ruleset")]
public interface IRulesetGrain : IGrainWithStringKey
{
    /// <summary>The ruleset in use.</summary>
    [Alias("GetCurrent")]
    [ReadOnly]
    Task<RulesetView> GetCurrent();

    /// <summary>Adds or changes a special badge; refused with errors if the result would be invalid.</summary>
    [Alias("PutBadge")]
    Task<RulesetChange> PutBadge(BadgeDefinition badge);

    /// <summary>Applies <paramref name="edit"/> as a new version, unless it is invalid or names a stale expected version.</summary>
    [Alias("Edit")]
    Task<RulesetEditResult> Edit(RulesetEdit edit);

    /// <summary>
    /// Stores a silo's preset document as the app's stored version when none is stored yet, or when the preset's
    /// version is higher than the stored one (a newer preset file deployed); otherwise changes nothing. Returns
    /// whether it stored the preset.
    /// </summary>
    [Alias("Adopt")]
    Task<bool> Adopt(string presetDocument);

    /// <summary>Replays up to <paramref name="limit"/> recent actions of <paramref name="userId"/> under the edited ruleset; applies nothing.</summary>
    [Alias("Preview")]
    [ReadOnly]
    Task<RulesetPreview> Preview(RulesetEdit edit, string userId, int limit);

    /// <summary>Stored versions, oldest first, after history position <paramref name="after"/>.</summary>
    [Alias("GetHistory")]
    [ReadOnly]
    Task<RulesetHistoryPage> GetHistory(long? after, int limit);
}
