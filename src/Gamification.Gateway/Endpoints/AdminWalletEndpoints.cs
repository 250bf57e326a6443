using System.Security.Claims;
using Gamification.Client.Wallets;
using Gamification.Contracts.Wallets;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>Seed 003's DGT administration: token adjustments with a reason, the economy's daily flows.</summary>
internal static class AdminWalletEndpoints
{
    public static RouteGroupBuilder MapAdminWalletEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapPost("/users/{user_id}/tokens", Adjust)
            .Validate<TokenAdjustmentRequest>()
            .WithName("AdjustTokens")
            .WithSummary("Changes a user's tokens by delta, with a reason kept in the ledger; never below zero (422)")
            .Produces<WalletResult>()
            .ProducesRefusals();
        admin.MapGet("/tokens/flows", Flows)
            .WithName("GetTokenFlows")
            .WithSummary("Tokens issued, spent and transferred per UTC day, from and to inclusive (yyyy-MM-dd, at most 366 days)")
            .Produces<IReadOnlyList<TokenDayFlow>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return admin;
    }

    private static async Task<IResult> Adjust(
        [FromRoute(Name = "user_id")] string userId,
        TokenAdjustmentRequest request,
        [FromHeader(Name = IdempotencyKeyFilter.Header)] string? idempotencyKey,
        ClaimsPrincipal principal,
        IWalletClient wallets,
        CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        var adjustment = new TokenAdjustment(request.Delta!.Value, request.Reason!, caller.Credential, request.IdempotencyKey ?? idempotencyKey ?? "");
        return WalletResponses.From(await wallets.AdjustTokensAsync(caller.App, userId, adjustment, cancellationToken));
    }

    private static async Task<IResult> Flows(DateOnly from, DateOnly to, ClaimsPrincipal principal, IWalletClient wallets, CancellationToken cancellationToken)
    {
        if (to < from || to.DayNumber - from.DayNumber >= WalletClient.MaxFlowDays)
            return Problems.Validation("to", $"to must be on or after from, at most {WalletClient.MaxFlowDays} days in all");
        return TypedResults.Ok(await wallets.GetDailyFlowsAsync(principal.Caller().App, from, to, cancellationToken));
    }
}
