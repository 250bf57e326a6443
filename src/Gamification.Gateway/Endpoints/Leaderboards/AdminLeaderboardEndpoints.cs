using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Leaderboards;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Gamification.Gateway.Responses;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints.Leaderboards;

/// <summary>Who is kept off the app's boards (banned, staff), and rebuilding a board from storage.</summary>
internal static class AdminLeaderboardEndpoints
{
    public static RouteGroupBuilder MapAdminLeaderboardEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/leaderboards/exclusions", Excluded)
            .WithName("GetLeaderboardExclusions")
            .WithSummary("The users kept off every board of the app")
            .Produces<ExcludedUsers>();
        admin.MapPost("/leaderboards/exclusions", Exclude)
            .Validate<ExclusionRequest>()
            .WithName("ExcludeFromLeaderboards")
            .WithSummary("Keeps a user (banned, staff) off every board; their scores are still kept")
            .Produces<ExcludedUsers>();
        admin.MapDelete("/leaderboards/exclusions/{user_id}", Readmit)
            .WithName("ReadmitToLeaderboards")
            .WithSummary("Puts an excluded user back on the boards")
            .Produces<ExcludedUsers>();
        admin.MapPost("/leaderboards/{board}/rebuild", Rebuild)
            .Validate<RebuildRequest>()
            .WithName("RebuildLeaderboard")
            .WithSummary("Merges the stored user (or module) states into a board, repairing any update it missed")
            .Produces<RebuildResult>();
        return admin;
    }

    private static async Task<IResult> Excluded(ClaimsPrincipal principal, ILeaderboardClient leaderboards, CancellationToken cancellationToken) =>
        TypedResults.Ok(await leaderboards.GetExcludedAsync(principal.Caller().App, cancellationToken));

    private static async Task<IResult> Exclude(
        ExclusionRequest request, ClaimsPrincipal principal, ILeaderboardClient leaderboards, CancellationToken cancellationToken) =>
        TypedResults.Ok(await leaderboards.ExcludeAsync(principal.Caller().App, request.UserId!, cancellationToken));

    private static async Task<IResult> Readmit(
        [FromRoute(Name = "user_id")] string userId, ClaimsPrincipal principal, ILeaderboardClient leaderboards, CancellationToken cancellationToken) =>
        TypedResults.Ok(await leaderboards.ReadmitAsync(principal.Caller().App, userId, cancellationToken));

    private static async Task<IResult> Rebuild(
        string board, RebuildRequest request, ClaimsPrincipal principal, ILeaderboardClient leaderboards, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (BoardWindow.Refuse(board, request.Window, clock, out var key) is { } refused)
            return refused;
        return TypedResults.Ok(new RebuildResult(board, key, await leaderboards.RebuildAsync(principal.Caller().App, board, key, cancellationToken)));
    }
}
