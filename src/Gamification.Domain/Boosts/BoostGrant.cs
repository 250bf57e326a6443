namespace Gamification.Domain.Boosts;

/// <summary>A boost for one user, from an admin or a shop purchase; its id names it in the user's ledger forever.</summary>
public sealed record BoostGrant(string UserId, UserBoost Boost);
