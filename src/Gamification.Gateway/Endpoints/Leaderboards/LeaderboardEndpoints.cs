using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Leaderboards;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints.Leaderboards;

/// <summary>Seed 003's leaderboards: the top of a board and a user's own rank with the users around them.</summary>
internal static class LeaderboardEndpoints
{
    public const int DefaultLimit = 10;
    public const int DefaultAround = 5;

    public static RouteGroupBuilder MapLeaderboardEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/leaderboards/{board}", Top)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetLeaderboard")
            .WithSummary("The top of a board (xp, module:<id>, path:<id>) in a window (all, daily, weekly, monthly or a period key); equal scores share a rank")
            .Produces<LeaderboardPage>();
        api.MapGet("/leaderboards/{board}/users/{user_id}", Standing)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetLeaderboardStanding")
            .WithSummary("A user's rank on a board and the users around them")
            .Produces<LeaderboardStanding>();
        return api;
    }

    private static async Task<IResult> Top(
        string board, string? window, int? offset, int? limit, ClaimsPrincipal principal, ILeaderboardClient leaderboards, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (BoardWindow.Refuse(board, window, clock, out var key) is { } refused)
            return refused;
        if (limit is < 1 or > ILeaderboardClient.MaxLimit)
            return Problems.Validation("limit", $"limit must be between 1 and {ILeaderboardClient.MaxLimit}");
        if (offset is < 0)
            return Problems.Validation("offset", "offset must be at least 0");
        return TypedResults.Ok(await leaderboards.GetTopAsync(principal.Caller().App, board, key, offset ?? 0, limit ?? DefaultLimit, cancellationToken));
    }

    private static async Task<IResult> Standing(
        string board,
        [FromRoute(Name = "user_id")] string userId,
        string? window,
        int? around,
        ClaimsPrincipal principal,
        ILeaderboardClient leaderboards,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } forbidden)
            return forbidden;
        if (BoardWindow.Refuse(board, window, clock, out var key) is { } refused)
            return refused;
        if (around is < 0 or > ILeaderboardClient.MaxAround)
            return Problems.Validation("around", $"around must be between 0 and {ILeaderboardClient.MaxAround}");
        return TypedResults.Ok(await leaderboards.GetStandingAsync(caller.App, board, key, userId, around ?? DefaultAround, cancellationToken));
    }
}
