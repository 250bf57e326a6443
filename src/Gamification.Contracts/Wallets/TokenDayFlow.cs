namespace Gamification.Contracts.Wallets;

/// <summary>An app's tokens on one UTC day.</summary>
/// <param name="Issued">Tokens created: level rewards, purchase credits, admin grants.</param>
/// <param name="Spent">Tokens taken out: shop purchases and admin removals.</param>
/// <param name="Transferred">Tokens that moved between users (neither created nor destroyed).</param>
public sealed record TokenDayFlow(DateOnly Day, long Issued, long Spent, long Transferred);
