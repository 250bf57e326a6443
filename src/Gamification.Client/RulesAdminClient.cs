using Gamification.Contracts.Grains;
using Gamification.Contracts.Rulesets;
using Microsoft.Extensions.Options;

namespace Gamification.Client;

/// <summary><see cref="IRulesAdminClient"/> over the app's ruleset grain.</summary>
public sealed class RulesAdminClient(IGrainFactory grains, IOptions<GamificationClientOptions> options) : IRulesAdminClient
{
    public Task<RulesetEditResult> EditRulesetAsync(string app, RulesetEdit edit, CancellationToken cancellationToken = default)
    {
        var ruleset = Ruleset(app);
        Check(edit);
        return ruleset.Edit(edit).WaitAsync(options.Value.CallTimeout, cancellationToken);
    }

    public Task<RulesetPreview> PreviewRulesetEditAsync(string app, RulesetEdit edit, string userId, int limit = 100, CancellationToken cancellationToken = default)
    {
        var ruleset = Ruleset(app);
        Check(edit);
        Argument.Id(userId, "user_id");
        Argument.Limit(limit, 500, "limit");
        return ruleset.Preview(edit, userId, limit).WaitAsync(options.Value.CallTimeout, cancellationToken);
    }

    public Task<RulesetHistoryPage> GetRulesetHistoryAsync(string app, long? after = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        var ruleset = Ruleset(app);
        Argument.Limit(limit, 500, "limit");
        return ruleset.GetHistory(after, limit).WaitAsync(options.Value.CallTimeout, cancellationToken);
    }

    private IRulesetGrain Ruleset(string app) => grains.GetGrain<IRulesetGrain>(Argument.Id(app, "app"));

    private static void Check(RulesetEdit edit)
    {
        if (edit.Section is RulesetSection.Action or RulesetSection.ActionEnabled)
            Argument.Id(edit.Name, "action");
    }
}
