namespace Gamification.Domain.Boosts;

/// <summary>A boost that multiplied one ledger entry's XP.</summary>
public sealed record AppliedBoost(string Id, decimal Factor, BoostScope Scope);
