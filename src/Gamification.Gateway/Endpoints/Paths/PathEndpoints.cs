using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts;
using Gamification.Contracts.Paths;
using Gamification.Contracts.Rulesets;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints.Paths;

/// <summary>Seed 003's specialization paths: the app's paths, a user's path XP and levels, and the primary path.</summary>
internal static class PathEndpoints
{
    public static RouteGroupBuilder MapPathEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/paths", List)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetPaths")
            .WithSummary("The app's specialization paths and their XP multiplier per action")
            .Produces<IReadOnlyList<PathView>>();
        api.MapGet("/users/{user_id}/paths", UserPaths)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetUserPaths")
            .WithSummary("The user's primary path, and path XP and level on every path")
            .Produces<UserPaths>();
        api.MapPut("/users/{user_id}/paths/primary", SetPrimary)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("SetPrimaryPath")
            .WithSummary("Chooses the user's primary path: its multipliers apply to later awards, whose action XP counts as its path XP")
            .Produces<UserPaths>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> List(ClaimsPrincipal principal, IPathsClient paths, CancellationToken cancellationToken) =>
        TypedResults.Ok(await paths.GetPathsAsync(principal.Caller().App, cancellationToken));

    private static async Task<IResult> UserPaths(
        [FromRoute(Name = "user_id")] string userId, ClaimsPrincipal principal, IPathsClient paths, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } refused)
            return refused;
        return TypedResults.Ok(await paths.GetUserPathsAsync(caller.App, userId, cancellationToken));
    }

    private static async Task<IResult> SetPrimary(
        [FromRoute(Name = "user_id")] string userId, PrimaryPathRequest request, ClaimsPrincipal principal, IPathsClient paths, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } refused)
            return refused;
        if (!Ids.IsValid(request.PathId))
            return Problems.Validation("path_id", $"path_id {Ids.Rule}");
        var path = (await paths.GetPathsAsync(caller.App, cancellationToken)).FirstOrDefault(p => p.Id == request.PathId);
        if (path is null)
            return Problems.NotFound("path_id", $"There is no path {request.PathId}");
        if (!path.Enabled)
            return Problems.Conflict("path_id", $"Path {request.PathId} is disabled");
        return TypedResults.Ok(await paths.SetPrimaryPathAsync(caller.App, userId, path.Id, cancellationToken));
    }
}
