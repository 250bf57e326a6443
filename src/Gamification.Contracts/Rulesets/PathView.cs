namespace Gamification.Contracts.Rulesets;

/// <summary>A specialization path of the ruleset: the XP multiplier per action while it is a user's primary path.</summary>
public sealed record PathView(
    string Id,
    string Name,
    string? Description,
    string? Icon,
    string? Color,
    IReadOnlyDictionary<string, decimal> XpMultipliers,
    bool Enabled);
