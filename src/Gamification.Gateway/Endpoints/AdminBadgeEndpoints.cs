using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Rulesets;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>Seed 004's badge administration: special badges, created and changed by admins.</summary>
internal static class AdminBadgeEndpoints
{
    public static RouteGroupBuilder MapAdminBadgeEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapPost("/badges", Create)
            .Validate<BadgeRequest>()
            .WithName("CreateBadge")
            .WithSummary("Creates a special badge; 409 if the id is taken")
            .Produces<BadgeRuleView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        admin.MapPut("/badges/{badge_id}", Update)
            .Validate<BadgeUpdateRequest>()
            .WithName("UpdateBadge")
            .WithSummary("Changes a special badge's name and description")
            .Produces<BadgeRuleView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        admin.MapGet("/badges", List)
            .WithName("ListBadges")
            .WithSummary("The app's badges, optionally of one kind: action_count, level_reached, module_messages, special")
            .Produces<IReadOnlyList<BadgeRuleView>>();
        return admin;
    }

    private static async Task<IResult> Create(BadgeRequest request, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var app = principal.Caller().App;
        var id = request.Id ?? BadgeIds.FromName(request.Name!);
        var ruleset = await client.GetRulesetAsync(app, cancellationToken);
        if (ruleset.Badges.Any(b => b.Id == id))
            return Problems.Conflict("id", $"Badge {id} exists; change it with PUT /admin/badges/{id}");
        return await Put(client, app, new BadgeDefinition(id, request.Name!, request.Description), b => TypedResults.Created($"/admin/badges/{id}", b), cancellationToken);
    }

    private static async Task<IResult> Update(
        [FromRoute(Name = "badge_id")] string badgeId, BadgeUpdateRequest request, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var app = principal.Caller().App;
        var ruleset = await client.GetRulesetAsync(app, cancellationToken);
        var existing = ruleset.Badges.FirstOrDefault(b => b.Id == badgeId);
        if (existing is null)
            return Problems.NotFound("badge_id", $"There is no badge {badgeId}");
        if (existing.Kind != "special")
            return Problems.Conflict("badge_id", $"Badge {badgeId} is a {existing.Kind} badge of the ruleset; only special badges are edited here");
        return await Put(client, app, new BadgeDefinition(badgeId, request.Name!, request.Description), TypedResults.Ok, cancellationToken);
    }

    private static async Task<IResult> List([FromQuery] string? kind, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var ruleset = await client.GetRulesetAsync(principal.Caller().App, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BadgeRuleView>>([.. ruleset.Badges.Where(b => kind is null || b.Kind == kind)]);
    }

    /// <summary>Stores the badge and answers with it, or with the ruleset's objections.</summary>
    private static async Task<IResult> Put(
        IGamificationClient client, string app, BadgeDefinition badge, Func<BadgeRuleView, IResult> answer, CancellationToken cancellationToken)
    {
        var change = await client.PutBadgeAsync(app, badge, cancellationToken);
        return change.Ruleset?.Badges.FirstOrDefault(b => b.Id == badge.Id) is { } stored
            ? answer(stored)
            : Problems.Unprocessable("badge", "The badge would make the ruleset invalid", change.Errors);
    }
}
