namespace Gamification.Contracts.Wallets;

/// <summary>A user buys <paramref name="ItemId"/> with tokens; <paramref name="IdempotencyKey"/> makes a retry safe.</summary>
[GenerateSerializer, Immutable, Alias("gamification.shop-purchase")]
public sealed record ShopPurchase([property: Id(0)] string ItemId, [property: Id(1)] string IdempotencyKey);
