using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Notifications;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints.Notifications;

/// <summary>Seed 002's level-up notifications as a feed: a user's level-ups, badges and grades, newest first.</summary>
internal static class UserEventEndpoints
{
    public static RouteGroupBuilder MapUserEventEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/users/{user_id}/events", Events)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetUserEvents")
            .WithSummary("The user's events (level_up, badge_earned, grade_changed), newest first; pass next_before as before to read on")
            .Produces<UserEventPage>();
        return api;
    }

    private static async Task<IResult> Events(
        [FromRoute(Name = "user_id")] string userId,
        long? before,
        int? limit,
        ClaimsPrincipal principal,
        INotificationsClient notifications,
        CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } refused)
            return refused;
        if (limit is < 1 or > UserEndpoints.MaxHistoryLimit)
            return Problems.Validation("limit", $"limit must be between 1 and {UserEndpoints.MaxHistoryLimit}");
        if (before is < 1)
            return Problems.Validation("before", "before must be a feed position of at least 1");
        return TypedResults.Ok(await notifications.GetEventsAsync(caller.App, userId, before, limit ?? UserEndpoints.DefaultHistoryLimit, cancellationToken));
    }
}
