namespace Gamification.Contracts.Wallets;

/// <summary>An app's tokens on one UTC day.</summary>
/// <param name="Issued">Tokens created: level rewards, purchase credits, admin grants.</param>
/// <param name="Spent">Tokens taken out: shop purchases and admin removals.</param>
/// <param name="Transferred">Tokens that moved between users (neither created nor destroyed).</param>
[GenerateSerializer, Immutable, Alias("gamification.token-day-flow")]
public sealed record TokenDayFlow(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] long Issued,
    [property: Id(2)] long Spent,
    [property: Id(3)] long Transferred);
