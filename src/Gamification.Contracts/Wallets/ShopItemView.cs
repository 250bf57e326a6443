namespace Gamification.Contracts.Wallets;

/// <summary>An unlock sold for tokens; without <paramref name="Stackable"/> a user owns it at most once.</summary>
public sealed record ShopItemView(string Id, string Name, long Price, bool Stackable, string? Description);
