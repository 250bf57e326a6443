namespace Gamification.Contracts.Wallets;

/// <summary>The answer to a transfer request.</summary>
/// <param name="Replayed">The id was used before with the same parameters: this is the original transfer.</param>
/// <param name="Conflict">The id was used before with other parameters: nothing was done, <paramref name="Transfer"/> is the original.</param>
public sealed record TransferResult(TransferView Transfer, bool Replayed, bool Conflict);
