using System.Security.Claims;
using Gamification.Client.Wallets;
using Gamification.Contracts.Wallets;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>Seed 003's DGT shop: the catalog, and buying an unlock (a user token buys only for itself).</summary>
internal static class WalletShopEndpoints
{
    public static RouteGroupBuilder MapWalletShopEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/shop", Catalog)
            .RequireAuthorization(GatewayPolicies.Read)
            .WithName("GetShop")
            .WithSummary("The token's name, level-up rewards and the shop's items")
            .Produces<TokenCatalog>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/shop/purchases", Buy)
            .RequireAuthorization(GatewayPolicies.Award)
            .Validate<ShopPurchaseRequest>()
            .WithName("BuyShopItem")
            .WithSummary("Buys an unlock with tokens: 409 if owned and not stackable, 422 if the balance is short; nothing changes then")
            .Produces<WalletResult>()
            .ProducesRefusals();
        return api;
    }

    private static async Task<IResult> Catalog(ClaimsPrincipal principal, IWalletClient wallets, CancellationToken cancellationToken) =>
        TypedResults.Ok(await wallets.GetCatalogAsync(principal.Caller().App, cancellationToken));

    private static async Task<IResult> Buy(
        ShopPurchaseRequest request,
        [FromHeader(Name = IdempotencyKeyFilter.Header)] string? idempotencyKey,
        ClaimsPrincipal principal,
        IWalletClient wallets,
        CancellationToken cancellationToken)
    {
        var caller = principal.Caller();
        if (UserAccess.Refuse(caller, request.UserId, "user_id", out var userId) is { } refused)
            return refused;
        var purchase = new ShopPurchase(request.ItemId!, request.IdempotencyKey ?? idempotencyKey ?? "");
        return WalletResponses.From(await wallets.BuyAsync(caller.App, userId, purchase, cancellationToken));
    }
}
