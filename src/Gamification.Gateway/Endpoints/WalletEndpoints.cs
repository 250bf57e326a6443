using System.Security.Claims;
using Gamification.Client.Wallets;
using Gamification.Contracts.Wallets;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>Seed 003's DGT wallet: balances, ledger, purchase credits; a user token reads only its own wallet.</summary>
internal static class WalletEndpoints
{
    public static RouteGroupBuilder MapWalletEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/wallet/{user_id}", Wallet)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetWallet")
            .WithSummary("Balance, lifetime earned and spent, owned unlocks (missing level-up rewards are granted first)")
            .Produces<WalletView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/wallet/{user_id}/transactions", Transactions)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetWalletTransactions")
            .WithSummary("The wallet's ledger, newest first; pass next_before as before to read on")
            .Produces<WalletHistory>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/wallet/{user_id}/credits", Credit)
            .RequireAuthorization(GatewayPolicies.ServiceAward)
            .Validate<PurchaseCreditRequest>()
            .WithName("CreditPurchase")
            .WithSummary("Credits tokens the app sold, once per payment reference (the same reference with another amount is 409)")
            .Produces<WalletResult>()
            .ProducesRefusals();
        return api;
    }

    private static async Task<IResult> Wallet(
        [FromRoute(Name = "user_id")] string userId, ClaimsPrincipal principal, IWalletClient wallets, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } refused)
            return refused;
        return TypedResults.Ok(await wallets.GetWalletAsync(caller.App, userId, cancellationToken));
    }

    private static async Task<IResult> Transactions(
        [FromRoute(Name = "user_id")] string userId, long? before, int? limit, ClaimsPrincipal principal, IWalletClient wallets, CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, userId, "user_id", out _) is { } refused)
            return refused;
        if (limit is < 1 or > UserEndpoints.MaxHistoryLimit)
            return Problems.Validation("limit", $"limit must be between 1 and {UserEndpoints.MaxHistoryLimit}");
        if (before is < 1)
            return Problems.Validation("before", "before must be a sequence number of at least 1");
        return TypedResults.Ok(await wallets.GetWalletHistoryAsync(caller.App, userId, before, limit ?? UserEndpoints.DefaultHistoryLimit, cancellationToken));
    }

    private static async Task<IResult> Credit(
        [FromRoute(Name = "user_id")] string userId, PurchaseCreditRequest request, ClaimsPrincipal principal, IWalletClient wallets, CancellationToken cancellationToken)
    {
        var credit = new PurchaseCredit(request.PaymentReference!, request.Amount!.Value, request.Provider!);
        return WalletResponses.From(await wallets.CreditPurchaseAsync(principal.Caller().App, userId, credit, cancellationToken));
    }
}
