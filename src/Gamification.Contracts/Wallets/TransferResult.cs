namespace Gamification.Contracts.Wallets;

/// <summary>The answer to a transfer request.</summary>
/// <param name="Replayed">The id was used before with the same parameters: this is the original transfer.</param>
/// <param name="Conflict">The id was used before with other parameters: nothing was done, <paramref name="Transfer"/> is the original.</param>
[GenerateSerializer, Immutable, Alias("gamification.transfer-result")]
public sealed record TransferResult([property: Id(0)] TransferView Transfer, [property: Id(1)] bool Replayed, [property: Id(2)] bool Conflict);
