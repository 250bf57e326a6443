using Gamification.Contracts.Rulesets;

namespace Gamification.Client;

/// <summary>Runtime rule editing for admins: versioned edits of an app's ruleset, dry runs and the version history.</summary>
public interface IRulesAdminClient
{
    /// <summary>Applies <paramref name="edit"/> as a new version of <paramref name="app"/>'s ruleset, unless invalid or stale.</summary>
    Task<RulesetEditResult> EditRulesetAsync(string app, RulesetEdit edit, CancellationToken cancellationToken = default);

    /// <summary>Replays up to <paramref name="limit"/> recent actions of <paramref name="userId"/> under the edited ruleset; changes nothing.</summary>
    Task<RulesetPreview> PreviewRulesetEditAsync(string app, RulesetEdit edit, string userId, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>The app's stored ruleset versions, oldest first, after history position <paramref name="after"/>.</summary>
    Task<RulesetHistoryPage> GetRulesetHistoryAsync(string app, long? after = null, int limit = 50, CancellationToken cancellationToken = default);
}
