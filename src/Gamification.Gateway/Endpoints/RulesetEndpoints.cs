using System.Globalization;
using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Rulesets;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Responses;

namespace Gamification.Gateway.Endpoints;

/// <summary>The caller's app's rules: seed 001's level table, and the whole ruleset.</summary>
internal static class RulesetEndpoints
{
    public static RouteGroupBuilder MapRulesetEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/levels", Levels)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetLevels")
            .WithSummary("The levels by number: name, unlock, exp_required (the first 20 of an endless linear curve)")
            .Produces<Dictionary<string, LevelEntry>>();
        api.MapGet("/rulesets/current", Current)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetCurrentRuleset")
            .WithSummary("The ruleset in use: actions, levels, caps, grades, badges and its JSON document")
            .Produces<RulesetView>();
        return api;
    }

    private static async Task<IResult> Levels(ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var ruleset = await client.GetRulesetAsync(principal.Caller().App, cancellationToken);
        return TypedResults.Ok(ruleset.Levels.ToDictionary(
            l => l.Level.ToString(CultureInfo.InvariantCulture), l => new LevelEntry(l.Name, l.Unlock, l.ExpRequired), StringComparer.Ordinal));
    }

    private static async Task<IResult> Current(ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken) =>
        TypedResults.Ok(await client.GetRulesetAsync(principal.Caller().App, cancellationToken));
}
