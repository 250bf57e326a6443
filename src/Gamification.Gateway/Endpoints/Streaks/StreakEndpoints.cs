using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Streaks;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints.Streaks;

/// <summary>A user's streaks, and the time zone their days are counted in.</summary>
internal static class StreakEndpoints
{
    public static RouteGroupBuilder MapStreakEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/users/{user_id}/streaks", Get)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetUserStreaks")
            .WithSummary("The user's current and longest streak in each of the app's streaks, freezes held, and whether today already counts")
            .Produces<UserStreaks>();
        api.MapPut("/users/{user_id}/time_zone", SetTimeZone)
            .RequireAuthorization(GatewayPolicies.Read)
            .Validate<TimeZoneRequest>()
            .WithName("SetUserTimeZone")
            .WithSummary("Sets the IANA time zone (Europe/Berlin) in which the user's streak days are counted; null for UTC")
            .Produces<UserStreaks>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<IResult> Get(
        [FromRoute(Name = "user_id")] string userId, ClaimsPrincipal principal, IStreaksClient streaks, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } refused)
            return refused;
        return TypedResults.Ok(await streaks.GetStreaksAsync(caller.App, userId, cancellationToken));
    }

    private static async Task<IResult> SetTimeZone(
        [FromRoute(Name = "user_id")] string userId, TimeZoneRequest request, ClaimsPrincipal principal, IStreaksClient streaks, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } refused)
            return refused;
        return TypedResults.Ok(await streaks.SetTimeZoneAsync(caller.App, userId, request.TimeZone, cancellationToken));
    }
}
