namespace Gamification.Contracts.Wallets;

/// <summary>A shop item a user owns, and how many of it (1 unless stackable).</summary>
[GenerateSerializer, Immutable, Alias("gamification.unlock-view")]
public sealed record UnlockView([property: Id(0)] string ItemId, [property: Id(1)] int Count);
