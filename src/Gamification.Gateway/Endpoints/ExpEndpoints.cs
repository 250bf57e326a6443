using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Progress;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>Seed 001's EXP API: report an action, read today's limits.</summary>
internal static class ExpEndpoints
{
    public static RouteGroupBuilder MapExpEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/exp/gain", Gain)
            .RequireAuthorization(GatewayPolicies.Award)
            .Validate<GainRequest>()
            .WithName("GainExp")
            .WithSummary("Reports an action; answers what it earned, or why it earned nothing")
            .Produces<AwardResult>()
            .ProducesRefusals();
        api.MapGet("/exp/limits", Limits)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetExpLimits")
            .WithSummary("Today's usage against the daily limits and the daily cap")
            .Produces<DailyLimits>();
        return api;
    }

    private static async Task<IResult> Gain(
        GainRequest request,
        [FromHeader(Name = IdempotencyKeyFilter.Header)] string? idempotencyKey,
        ClaimsPrincipal principal,
        IGamificationClient client,
        CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, request.UserId, "user_id", out var userId) is { } refused)
            return refused;
        if (await ClientActions.Refuse(caller, request, client, cancellationToken) is { } notAllowed)
            return notAllowed;
        var target = request.TargetType is { } type ? new EntityTarget(type, request.TargetId!) : null;
        var command = new AwardCommand(userId, request.Action!, request.IdempotencyKey ?? idempotencyKey ?? "", target, request.Amount);
        return AwardResponses.From(await client.AwardAsync(caller.App, command, cancellationToken));
    }

    private static async Task<IResult> Limits(
        [FromQuery(Name = "user_id")] string? userId, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out var user) is { } refused)
            return refused;
        return TypedResults.Ok(await client.GetLimitsAsync(caller.App, user, cancellationToken));
    }
}
