using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Modules;
using Gamification.Contracts.Progress;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>Seed 004's user administration: special badges, XP corrections, account types, module rosters.</summary>
internal static class AdminUserEndpoints
{
    public static RouteGroupBuilder MapAdminUserEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/users", ListUsers)
            .WithName("ListUsers")
            .WithSummary("The app's users whose id starts with search, ordered by id; pass next_after as after to read on")
            .Produces<UserPage>();
        admin.MapPost("/users/{user_id}/badges", GrantBadge)
            .Validate<GrantBadgeRequest>()
            .WithName("GrantBadge")
            .WithSummary("Grants a special badge (at most once: a second grant answers the first)")
            .Produces<AwardResult>()
            .ProducesRefusals();
        admin.MapGet("/users/{user_id}/badges", Badges)
            .WithName("GetUserBadges")
            .WithSummary("The badges a user holds")
            .Produces<IReadOnlyList<BadgeView>>();
        admin.MapPost("/users/{user_id}/xp", Adjust)
            .Validate<XpAdjustmentRequest>()
            .WithName("AdjustXp")
            .WithSummary("Changes a user's XP by delta, with a reason kept in the ledger")
            .Produces<AwardResult>()
            .ProducesRefusals();
        admin.MapPut("/users/{user_id}/type", SetUserType)
            .Validate<UserTypeRequest>()
            .WithName("SetUserType")
            .WithSummary("Sets the account type (Free or Paid) that decides the grades open to the user")
            .Produces<UserProfile>();
        admin.MapGet("/modules/{module_id}/users", ModuleUsers)
            .WithName("GetModuleUsersAsAdmin")
            .WithSummary("Every user's message count and completion status in the module")
            .Produces<IReadOnlyList<ModuleMemberView>>();
        return admin;
    }

    private static async Task<IResult> ListUsers(
        string? search, string? after, int? limit, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > UserEndpoints.MaxHistoryLimit)
            return Problems.Validation("limit", $"limit must be between 1 and {UserEndpoints.MaxHistoryLimit}");
        return TypedResults.Ok(await client.ListUsersAsync(principal.Caller().App, search, after, limit ?? UserEndpoints.DefaultHistoryLimit, cancellationToken));
    }

    private static async Task<IResult> GrantBadge(
        [FromRoute(Name = "user_id")] string userId, GrantBadgeRequest request, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        var command = new BadgeCommand(request.BadgeId!, ModuleId: null, GrantedBy: caller.Credential);
        return AwardResponses.From(await client.GrantBadgeAsync(caller.App, userId, command, cancellationToken));
    }

    private static async Task<IResult> Badges(
        [FromRoute(Name = "user_id")] string userId, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken) =>
        TypedResults.Ok((await client.GetProfileAsync(principal.Caller().App, userId, cancellationToken)).Badges);

    private static async Task<IResult> Adjust(
        [FromRoute(Name = "user_id")] string userId,
        XpAdjustmentRequest request,
        [FromHeader(Name = IdempotencyKeyFilter.Header)] string? idempotencyKey,
        ClaimsPrincipal principal,
        IGamificationClient client,
        CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        var command = new AdjustCommand(request.Delta!.Value, request.Reason!, caller.Credential, request.IdempotencyKey ?? idempotencyKey ?? "");
        return AwardResponses.From(await client.AdjustAsync(caller.App, userId, command, cancellationToken));
    }

    private static async Task<IResult> SetUserType(
        [FromRoute(Name = "user_id")] string userId, UserTypeRequest request, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken) =>
        TypedResults.Ok(await client.SetUserTypeAsync(principal.Caller().App, userId, request.UserType!, cancellationToken));

    private static async Task<IResult> ModuleUsers(
        [FromRoute(Name = "module_id")] string moduleId, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken) =>
        TypedResults.Ok(await client.GetModuleMembersAsync(principal.Caller().App, moduleId, cancellationToken));
}
