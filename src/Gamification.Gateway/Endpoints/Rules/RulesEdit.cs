using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Rulesets;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints.Rules;

/// <summary>One rule edit request: who asks, against which version, applied or as a dry run; answers with the result.</summary>
internal sealed class RulesEdit
{
    [FromServices]
    public required IRulesAdminClient Rules { get; init; }

    [FromServices]
    public required IGamificationClient Client { get; init; }

    public required HttpContext Http { get; init; }

    public required ClaimsPrincipal Principal { get; init; }

    /// <summary>The version the edit was made against (<c>"3"</c>); a stale one answers 412.</summary>
    [FromHeader(Name = "If-Match")]
    public string? IfMatch { get; init; }

    /// <summary>Preview instead of apply: replay <see cref="UserId"/>'s recent actions under the edited ruleset.</summary>
    [FromQuery(Name = "dry_run")]
    public bool? DryRun { get; init; }

    [FromQuery(Name = "user_id")]
    public string? UserId { get; init; }

    /// <summary>How many recent ledger entries a dry run replays (1-500, default 100).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    public async Task<IResult> Run(RulesetSection section, string? action, string json)
    {
        var caller = Principal.Caller();
        int? expected = null;
        if (IfMatch is { } ifMatch)
        {
            if (!RulesetVersionTag.TryParse(ifMatch, out var version))
                return Problems.Validation("If-Match", "If-Match must name a ruleset version, such as \"3\"");
            expected = version;
        }
        var cancellationToken = Http.RequestAborted;
        if (section == RulesetSection.ActionEnabled)
        {
            var current = await Client.GetRulesetAsync(caller.App, cancellationToken);
            if (!current.Actions.Any(a => a.Name == action))
                return Problems.NotFound("action", $"There is no action {action}; create it with PUT /admin/rules/actions/{action}");
        }
        var edit = new RulesetEdit(section, action, json, expected, caller.Credential);
        return DryRun == true ? await Preview(caller.App, edit, cancellationToken) : await Apply(caller.App, edit, cancellationToken);
    }

    private async Task<IResult> Apply(string app, RulesetEdit edit, CancellationToken cancellationToken)
    {
        var result = await Rules.EditRulesetAsync(app, edit, cancellationToken);
        if (result.Stale)
            return RulesetProblems.Stale(result.CurrentVersion);
        if (result.Ruleset is not { } ruleset)
            return RulesetProblems.Invalid(result.Errors);
        Http.Response.Headers.ETag = RulesetVersionTag.Of(ruleset.Version);
        return TypedResults.Ok(ruleset);
    }

    private async Task<IResult> Preview(string app, RulesetEdit edit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(UserId))
            return Problems.Validation("user_id", "user_id is required for a dry run: the user whose recent history is replayed");
        if (Limit is < 1 or > 500)
            return Problems.Validation("limit", "limit must be between 1 and 500");
        var preview = await Rules.PreviewRulesetEditAsync(app, edit, UserId, Limit ?? AdminRulesEndpoints.DefaultReplayLimit, cancellationToken);
        return preview.Errors.Count > 0 ? RulesetProblems.Invalid(preview.Errors) : TypedResults.Ok(preview);
    }
}
