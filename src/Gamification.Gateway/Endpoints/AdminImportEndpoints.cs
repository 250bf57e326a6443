using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Http;
using Gamification.Gateway.Import;

namespace Gamification.Gateway.Endpoints;

/// <summary>
/// <c>POST /admin/import/events</c>: a batch of historical events, each decided at its <c>occurred_at</c>.
/// Users run in parallel, each user's events one after another in the order sent; every event gets its own result.
/// </summary>
internal static class AdminImportEndpoints
{
    public static RouteGroupBuilder MapAdminImportEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapPost("/import/events", Import)
            .WithMetadata(new LargeBody(ImportEventsRequest.MaxBodyBytes))
            .WithName("ImportEvents")
            .WithSummary($"Replays up to {ImportEventsRequest.MaxEvents} historical events at their occurred_at; per-event results")
            .Produces<ImportEventsResponse>();
        return admin;
    }

    private static async Task<IResult> Import(
        ImportEventsRequest? request, ClaimsPrincipal principal, IGamificationClient client, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request?.Events is not { Count: > 0 and <= ImportEventsRequest.MaxEvents } events)
            return Problems.Validation("events", $"events must hold 1 to {ImportEventsRequest.MaxEvents} events");
        var app = principal.Caller().App;
        var now = clock.GetUtcNow();
        var results = new ImportEventResult[events.Count];
        var users = Enumerable.Range(0, events.Count).GroupBy(i => events[i].UserId ?? "");
        await Task.WhenAll(users.Select(async user =>
        {
            foreach (var index in user)
                results[index] = await ImportOne(client, app, index, events[index], now, cancellationToken);
        }));
        return TypedResults.Ok(new ImportEventsResponse(results));
    }

    private static async Task<ImportEventResult> ImportOne(
        IGamificationClient client, string app, int index, ImportEvent e, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (e.Problem(now) is { } problem)
            return new ImportEventResult(index, StatusCodes.Status400BadRequest, "invalid", problem.Field, problem.Message, 0, 0);
        var target = e.TargetType is { } type ? new EntityTarget(type, e.TargetId!) : null;
        var result = await client.AwardAsync(app, new AwardCommand(e.UserId!, e.Action!, e.IdempotencyKey!, target, e.Amount, e.OccurredAt), cancellationToken);
        return result switch
        {
            { Status: AwardStatus.Rejected, Refusal: { } refusal } =>
                new ImportEventResult(index, RefusalProblems.StatusOf(refusal), "rejected", refusal.Reason, refusal.Detail, 0, 0),
            { Status: AwardStatus.Duplicate } => new ImportEventResult(index, StatusCodes.Status200OK, "duplicate", null, null, result.ExpAdded, result.TotalExp),
            _ => new ImportEventResult(index, StatusCodes.Status200OK, "awarded", null, null, result.ExpAdded, result.TotalExp),
        };
    }
}
