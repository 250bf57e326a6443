namespace Gamification.Domain.Rules.Json;

/// <summary>The parts of a ruleset a shop item's effect may name, read before the shop.</summary>
internal sealed record ShopContext(IReadOnlyDictionary<string, ActionRule> Actions, IReadOnlyDictionary<string, StreakRule> Streaks, BoostRules Boosts);
