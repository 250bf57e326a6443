namespace Gamification.Contracts.Wallets;

/// <summary>One side of transfer <paramref name="TransferId"/>: <paramref name="Amount"/> tokens to or from <paramref name="Counterparty"/>.</summary>
[GenerateSerializer, Immutable, Alias("gamification.transfer-leg")]
public sealed record TransferLeg(
    [property: Id(0)] string TransferId,
    [property: Id(1)] long Amount,
    [property: Id(2)] string Counterparty,
    [property: Id(3)] string? Memo);
