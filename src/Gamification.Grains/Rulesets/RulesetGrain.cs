using Gamification.Contracts.Grains;
using Gamification.Contracts.Rulesets;
using Gamification.Domain.Rules.Json;
using Gamification.Grains.Apps;
using Gamification.Grains.Mapping;
using Gamification.Runtime;

namespace Gamification.Grains.Rulesets;

/// <summary>
/// An app's ruleset and its edits. The configured preset stands until the first edit; every edit
/// is a new version, validated whole before it is stored and installed on this silo.
/// </summary>
[GrainType("ruleset")]
public sealed class RulesetGrain(AppRulesets rulesets) : Grain<RulesetState>, IRulesetGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Document is { } document)
            rulesets.Install(new AppRuleset(GrainKey, RulesetReader.Read(document).GetOrThrow($"stored ruleset of {GrainKey}"), document));
        return Task.CompletedTask;
    }

    public Task<RulesetView> GetCurrent() => Task.FromResult(RulesetViews.From(rulesets.Get(GrainKey)));

    public async Task<RulesetChange> PutBadge(BadgeDefinition badge)
    {
        var edited = RulesetDocumentEdits.PutSpecialBadge(rulesets.Get(GrainKey).Document, badge);
        var load = RulesetReader.Read(edited);
        if (load.Ruleset is not { } rules)
            return new RulesetChange(null, [.. load.Errors.Select(e => e.ToString())]);
        State.Document = edited;
        await WriteStateAsync();
        var installed = new AppRuleset(GrainKey, rules, edited);
        rulesets.Install(installed);
        return new RulesetChange(RulesetViews.From(installed), []);
    }
}
