using System.Security.Claims;
using Gamification.Client;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Responses;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints.XpLog;

/// <summary>Seed 003's XP log: a user's ledger, newest first, each entry explained; a user token reads its own.</summary>
internal static class XpLogEndpoints
{
    public static RouteGroupBuilder MapXpLogEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/xp/me/log", Log)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetXpLog")
            .WithSummary("The caller's XP log (a service key names user_id), newest first, each entry explained; pass next_before as before to read on")
            .Produces<XpLogPage>();
        return api;
    }

    private static async Task<IResult> Log(
        [FromQuery(Name = "user_id")] string? userId, long? before, int? limit, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out var user) is { } refused)
            return refused;
        if (limit is < 1 or > UserEndpoints.MaxHistoryLimit)
            return Problems.Validation("limit", $"limit must be between 1 and {UserEndpoints.MaxHistoryLimit}");
        if (before is < 1)
            return Problems.Validation("before", "before must be a sequence number of at least 1");
        var page = await client.GetHistoryAsync(caller.App, user, before, limit ?? UserEndpoints.DefaultHistoryLimit, cancellationToken);
        // Entries come newest first and are consecutive, so each one's sequence counts down from the newest.
        var newest = (page.NextBefore ?? 1) - 1 + page.Entries.Count;
        var entries = page.Entries.Select((line, i) => new XpLogEntry(newest - i, XpLogExplanations.For(line), line)).ToList();
        return TypedResults.Ok(new XpLogPage(user, entries, page.NextBefore));
    }
}
