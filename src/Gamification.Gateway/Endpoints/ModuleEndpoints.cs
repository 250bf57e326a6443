using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Modules;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>Seed 004's modules (and seed 000's conversations): messages, members, completion.</summary>
internal static class ModuleEndpoints
{
    public static RouteGroupBuilder MapModuleEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/modules/{module_id}/messages", RecordMessage)
            .RequireAuthorization(GatewayPolicies.ServiceAward)
            .Validate<MessageRequest>()
            .WithName("RecordModuleMessage")
            .WithSummary("Counts a user's message; answers the count and what it earned (XP, milestones, badges)")
            .Produces<MessageResult>();
        api.MapGet("/modules/{module_id}/users", Members)
            .RequireAuthorization(GatewayPolicies.ServiceRead)
            .WithName("GetModuleUsers")
            .WithSummary("Every user's message count and completion status in the module")
            .Produces<IReadOnlyList<ModuleMemberView>>();
        api.MapPut("/modules/{module_id}/users/{user_id}", SetStatus)
            .RequireAuthorization(GatewayPolicies.ServiceAward)
            .Validate<CompletionStatusRequest>()
            .WithName("SetModuleCompletion")
            .WithSummary("Sets a user's completion status: NotStarted, InProgress or Completed")
            .Produces<ModuleMemberView>();
        return api;
    }

    private static async Task<IResult> RecordMessage(
        [FromRoute(Name = "module_id")] string moduleId,
        MessageRequest request,
        [FromHeader(Name = IdempotencyKeyFilter.Header)] string? idempotencyKey,
        ClaimsPrincipal principal,
        IGamificationClient client,
        CancellationToken cancellationToken)
    {
        var command = new MessageCommand(request.UserId!, request.IdempotencyKey ?? idempotencyKey ?? "");
        return TypedResults.Ok(await client.RecordMessageAsync(principal.Caller().App, moduleId, command, cancellationToken));
    }

    private static async Task<IResult> Members(
        [FromRoute(Name = "module_id")] string moduleId, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken) =>
        TypedResults.Ok(await client.GetModuleMembersAsync(principal.Caller().App, moduleId, cancellationToken));

    private static async Task<IResult> SetStatus(
        [FromRoute(Name = "module_id")] string moduleId,
        [FromRoute(Name = "user_id")] string userId,
        CompletionStatusRequest request,
        ClaimsPrincipal principal,
        IGamificationClient client,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await client.SetModuleStatusAsync(principal.Caller().App, moduleId, userId, request.CompletionStatus!, cancellationToken));
}
