using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Progress;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>A user's standing and ledger; a user token reads only its own.</summary>
internal static class UserEndpoints
{
    public const int DefaultHistoryLimit = 50;
    public const int MaxHistoryLimit = 500;

    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/users/{user_id}/progress", Progress)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetUserProgress")
            .WithSummary("XP, level and progress, current grade and badges")
            .Produces<UserProfile>();
        api.MapGet("/users/{user_id}/history", History)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetUserHistory")
            .WithSummary("The ledger, newest first; pass next_before as before to read on")
            .Produces<LedgerPage>();
        return api;
    }

    private static async Task<IResult> Progress(
        [FromRoute(Name = "user_id")] string userId, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } refused)
            return refused;
        return TypedResults.Ok(await client.GetProfileAsync(caller.App, userId, cancellationToken));
    }

    private static async Task<IResult> History(
        [FromRoute(Name = "user_id")] string userId,
        long? before,
        int? limit,
        ClaimsPrincipal principal,
        IGamificationClient client,
        CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } refused)
            return refused;
        if (limit is < 1 or > MaxHistoryLimit)
            return Problems.Validation("limit", $"limit must be between 1 and {MaxHistoryLimit}");
        if (before is < 1)
            return Problems.Validation("before", "before must be a sequence number of at least 1");
        return TypedResults.Ok(await client.GetHistoryAsync(caller.App, userId, before, limit ?? DefaultHistoryLimit, cancellationToken));
    }
}
