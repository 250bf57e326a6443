using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>Seed 004's watching: heartbeats while a user watches; each full minute earns XP once.</summary>
internal static class WatchEndpoints
{
    public static RouteGroupBuilder MapWatchEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/watch/heartbeat", Heartbeat)
            .RequireAuthorization(GatewayPolicies.ServiceAward)
            .Validate<HeartbeatRequest>()
            .WithName("WatchHeartbeat")
            .WithSummary("Counts a heartbeat of a user watching a stream, live or a replay")
            .Produces<AwardResult>()
            .ProducesRefusals();
        return api;
    }

    private static async Task<IResult> Heartbeat(
        HeartbeatRequest request,
        [FromHeader(Name = IdempotencyKeyFilter.Header)] string? idempotencyKey,
        ClaimsPrincipal principal,
        IGamificationClient client,
        CancellationToken cancellationToken)
    {
        var command = new WatchCommand(request.StreamId!, request.Kind!, request.IdempotencyKey ?? idempotencyKey ?? "");
        return AwardResponses.From(await client.WatchAsync(principal.Caller().App, request.UserId!, command, cancellationToken));
    }
}
