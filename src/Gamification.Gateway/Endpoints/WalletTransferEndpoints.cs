using System.Security.Claims;
using Gamification.Client.Wallets;
using Gamification.Contracts.Wallets;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>Seed 003's DGT transfers between users; a user token sends only its own tokens and reads only its own transfers.</summary>
internal static class WalletTransferEndpoints
{
    public static RouteGroupBuilder MapWalletTransferEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/transfers", Transfer)
            .RequireAuthorization(GatewayPolicies.Award)
            .Validate<TransferRequest>()
            .WithName("TransferTokens")
            .WithSummary("Moves tokens between users: 200 completed, 202 in flight, 422 rolled back; the same transfer_id answers the original, with other parameters 409")
            .Produces<TransferView>()
            .Produces<TransferView>(StatusCodes.Status202Accepted)
            .ProducesRefusals();
        api.MapGet("/transfers/{transfer_id}", Get)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetTransfer")
            .WithSummary("A transfer as it stands: requested, debited, completed or rolled_back")
            .Produces<TransferView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> Transfer(TransferRequest request, ClaimsPrincipal principal, IWalletClient wallets, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, request.FromUserId, "from_user_id", out var from) is { } refused)
            return refused;
        if (from == request.ToUserId)
            return Problems.Validation("to_user_id", "to_user_id must not be the sender");
        var command = new TransferCommand(from, request.ToUserId!, request.Amount!.Value, request.Memo);
        return TransferResponses.From(await wallets.TransferAsync(caller.App, request.TransferId!, command, cancellationToken));
    }

    private static async Task<IResult> Get(
        [FromRoute(Name = "transfer_id")] string transferId, ClaimsPrincipal principal, IWalletClient wallets, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        var transfer = await wallets.GetTransferAsync(caller.App, transferId, cancellationToken);
        // A user sees only transfers it sent or received; others look the same as unknown ones.
        if (transfer is null || (caller.IsUser && caller.UserId != transfer.FromUserId && caller.UserId != transfer.ToUserId))
            return Problems.NotFound("transfer_id", $"No transfer {transferId}");
        return TypedResults.Ok(transfer);
    }
}
