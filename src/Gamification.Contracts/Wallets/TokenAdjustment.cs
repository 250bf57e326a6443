namespace Gamification.Contracts.Wallets;

/// <summary>An admin changes a user's tokens by <paramref name="Delta"/> for <paramref name="Reason"/>; kept in the ledger.</summary>
[GenerateSerializer, Immutable, Alias("gamification.token-adjustment")]
public sealed record TokenAdjustment(
    [property: Id(0)] long Delta,
    [property: Id(1)] string Reason,
    [property: Id(2)] string AdminId,
    [property: Id(3)] string IdempotencyKey);
