using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Boosts;
using Gamification.Contracts.Rulesets;
using Gamification.Contracts.Streaks;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Endpoints.Rules;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints.Streaks;

/// <summary>Admins grant freezes, and schedule boosts for one user or the whole app ("double XP this weekend").</summary>
internal static class AdminBoostEndpoints
{
    public static RouteGroupBuilder MapAdminBoostEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapPost("/users/{user_id}/freezes", GrantFreezes)
            .Validate<FreezeGrantRequest>()
            .WithName("GrantFreezes")
            .WithSummary("Grants freezes for a streak, up to its cap on freezes held (409 above it)")
            .Produces<AwardResult>()
            .ProducesRefusals();
        admin.MapPost("/boosts", Schedule)
            .Validate<BoostRequest>()
            .WithName("ScheduleBoost")
            .WithSummary("An XP boost for user_id, or without one for the whole app (a new ruleset version); an id in use is 409")
            .Produces<BoostView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        admin.MapGet("/boosts", List)
            .WithName("ListBoosts")
            .WithSummary("The app-wide boosts scheduled, past, present and future")
            .Produces<IReadOnlyList<BoostView>>();
        admin.MapDelete("/boosts/{boost_id}", Cancel)
            .WithName("CancelBoost")
            .WithSummary("Removes an app-wide boost (a new ruleset version); answers the boosts still scheduled")
            .Produces<IReadOnlyList<BoostView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return admin;
    }

    private static async Task<IResult> GrantFreezes(
        [FromRoute(Name = "user_id")] string userId,
        FreezeGrantRequest request,
        [FromHeader(Name = IdempotencyKeyFilter.Header)] string? idempotencyKey,
        ClaimsPrincipal principal,
        IStreaksClient streaks,
        CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        var command = new FreezeCommand(request.StreakId!, request.Count!.Value, caller.Credential, request.IdempotencyKey ?? idempotencyKey ?? "");
        return AwardResponses.From(await streaks.GrantFreezesAsync(caller.App, userId, command, cancellationToken));
    }

    private static async Task<IResult> Schedule(BoostRequest request, ClaimsPrincipal principal, IStreaksClient streaks, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        var start = request.StartsAt ?? clock.GetUtcNow();
        if (request.EndsAt <= start)
            return Problems.Validation("ends_at", "ends_at must be after starts_at");
        var command = new BoostCommand(request.Id!, request.Factor!.Value, start, request.EndsAt!.Value, request.Actions, $"admin:{caller.Credential}");
        if (request.UserId is { } userId)
        {
            var granted = await streaks.GrantBoostAsync(caller.App, userId, command, cancellationToken);
            if (granted.Status == AwardStatus.Duplicate)
                return Problems.Conflict("id", $"Boost id {command.Id} was used for this user before; choose another id");
            if (granted.Refusal is not null)
                return AwardResponses.From(granted);
            var boost = granted.Ledger.Select(l => l.Boost).Single(b => b is not null)!;
            return TypedResults.Created($"/admin/boosts/{boost.Id}", boost);
        }
        var edit = await streaks.ScheduleAppBoostAsync(caller.App, command, cancellationToken);
        if (edit.Errors.FirstOrDefault(e => e.Path == "id") is { } taken)
            return Problems.Conflict("id", $"Boost {command.Id} {taken.Message}");
        if (!edit.Applied)
            return RulesetProblems.Invalid(edit.Errors);
        return TypedResults.Created($"/admin/boosts/{command.Id}", edit.Ruleset!.ScheduledBoosts!.Single(b => b.Id == command.Id));
    }

    private static async Task<IResult> List(ClaimsPrincipal principal, IStreaksClient streaks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await streaks.GetAppBoostsAsync(principal.Caller().App, cancellationToken));

    private static async Task<IResult> Cancel(
        [FromRoute(Name = "boost_id")] string boostId, ClaimsPrincipal principal, IStreaksClient streaks, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (!Contracts.Ids.IsValid(boostId))
            return Problems.Validation("boost_id", $"boost_id {Contracts.Ids.Rule}");
        var edit = await streaks.CancelAppBoostAsync(caller.App, boostId, caller.Credential, cancellationToken);
        if (!edit.Applied)
            return Problems.NotFound("boost_id", $"No app-wide boost {boostId} is scheduled");
        return TypedResults.Ok(edit.Ruleset!.ScheduledBoosts ?? []);
    }
}
