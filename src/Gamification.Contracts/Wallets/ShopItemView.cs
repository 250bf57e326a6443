namespace Gamification.Contracts.Wallets;

/// <summary>An unlock sold for tokens; without <paramref name="Stackable"/> a user owns it at most once.</summary>
[GenerateSerializer, Immutable, Alias("gamification.shop-item-view")]
public sealed record ShopItemView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] long Price,
    [property: Id(3)] bool Stackable,
    [property: Id(4)] string? Description);
