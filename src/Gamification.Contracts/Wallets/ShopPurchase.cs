namespace Gamification.Contracts.Wallets;

/// <summary>A user buys <paramref name="ItemId"/> with tokens; <paramref name="IdempotencyKey"/> makes a retry safe.</summary>
public sealed record ShopPurchase(string ItemId, string IdempotencyKey);
