namespace Gamification.Contracts.Wallets;

/// <summary>A shop item a user owns, and how many of it (1 unless stackable).</summary>
public sealed record UnlockView(string ItemId, int Count);
