using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Seed 003's <c>POST /api/shop/purchase/:unlockId</c>: a user buys a shop item with tokens.</summary>
public sealed record ShopPurchaseRequest(string? UserId, [property: Required] string? ItemId, string? IdempotencyKey) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(UserId, "user_id", required: false);
        errors.Id(ItemId, "item_id");
        errors.Id(IdempotencyKey, "idempotency_key", required: false);
    }
}
