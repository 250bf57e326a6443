using System.Security.Claims;
using System.Text.Json;
using Gamification.Client;
using Gamification.Contracts.Rulesets;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints.Rules;

/// <summary>
/// Seed 003's runtime rule editing: actions, levels and daily caps, each edit a new ruleset version
/// (optimistic with <c>If-Match</c>), previewable with <c>?dry_run=true&amp;user_id=</c>, and a version history.
/// </summary>
internal static class AdminRulesEndpoints
{
    public const int DefaultReplayLimit = 100;

    public static RouteGroupBuilder MapAdminRulesEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/rules", Current)
            .WithName("GetRulesForEditing")
            .WithSummary("The ruleset in use, with its version as ETag (send it back as If-Match when editing)")
            .Produces<RulesetView>();
        admin.MapGet("/rules/versions", Versions)
            .WithName("GetRulesetVersions")
            .WithSummary("Every stored ruleset version, oldest first; pass next_after as after to read on")
            .Produces<RulesetHistoryPage>();
        Edit(admin.MapPut("/rules/actions/{action}", PutAction), "PutAction", "Creates or replaces an action (the ruleset file's action object)");
        Edit(admin.MapPut("/rules/actions/{action}/enabled", SetEnabled),
            "SetActionEnabled", "Disables ({enabled: false}) or enables an action: events of a disabled action are refused");
        Edit(admin.MapPut("/rules/levels", (JsonElement body, [AsParameters] RulesEdit edit) => edit.Run(RulesetSection.Levels, null, body.GetRawText())),
            "PutLevels", "Replaces the level curve: thresholds and rank names ({table: [...]} or {linear: {...}})");
        Edit(admin.MapPut("/rules/daily_caps", (JsonElement body, [AsParameters] RulesEdit edit) => edit.Run(RulesetSection.DailyCaps, null, body.GetRawText())),
            "PutDailyCaps", "Replaces the daily XP caps by level band ([{min_level, max_level, xp}])");
        Edit(admin.MapPut("/rules/paths/{path_id}", PutPath),
            "PutPath", "Creates or replaces a specialization path ({name, description, icon, color, xp_multipliers: {action: 1.5}, enabled})");
        Edit(admin.MapPut("/rules/streaks/{streak_id}", PutStreak),
            "PutStreak", "Creates or replaces a streak ({name, period, actions, max_freezes, milestones: [{length, xp, badge, tokens, freezes}]})");
        return admin;
    }

    private static void Edit(RouteHandlerBuilder route, string name, string summary) => route
        .WithName(name)
        .WithSummary(summary + "; with dry_run=true and user_id, previews instead")
        .Produces<RulesetView>()
        .Produces<RulesetPreview>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> PutAction(string action, JsonElement body, [AsParameters] RulesEdit edit) =>
        edit.Run(RulesetSection.Action, action, body.GetRawText());

    private static Task<IResult> PutPath([FromRoute(Name = "path_id")] string pathId, JsonElement body, [AsParameters] RulesEdit edit) =>
        edit.Run(RulesetSection.Path, pathId, body.GetRawText());

    private static Task<IResult> PutStreak([FromRoute(Name = "streak_id")] string streakId, JsonElement body, [AsParameters] RulesEdit edit) =>
        edit.Run(RulesetSection.Streak, streakId, body.GetRawText());

    private static Task<IResult> SetEnabled(string action, ActionEnabledRequest body, [AsParameters] RulesEdit edit) =>
        body.Enabled is { } enabled
            ? edit.Run(RulesetSection.ActionEnabled, action, enabled ? "true" : "false")
            : Task.FromResult(Problems.Validation("enabled", "enabled is required: true or false"));

    private static async Task<IResult> Current(HttpContext http, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var ruleset = await client.GetRulesetAsync(principal.Caller().App, cancellationToken);
        http.Response.Headers.ETag = RulesetVersionTag.Of(ruleset.Version);
        return TypedResults.Ok(ruleset);
    }

    private static async Task<IResult> Versions(
        long? after, int? limit, ClaimsPrincipal principal, IRulesAdminClient rules, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
            return Problems.Validation("limit", "limit must be between 1 and 500");
        if (after is < 0)
            return Problems.Validation("after", "after must not be negative");
        return TypedResults.Ok(await rules.GetRulesetHistoryAsync(principal.Caller().App, after, limit ?? 50, cancellationToken));
    }
}
