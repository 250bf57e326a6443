namespace Gamification.Contracts.Rulesets;

/// <summary>A specialization path of the ruleset: the XP multiplier per action while it is a user's primary path.</summary>
[GenerateSerializer, Alias("gamification.path-view")]
public sealed record PathView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Description,
    [property: Id(3)] string? Icon,
    [property: Id(4)] string? Color,
    [property: Id(5)] IReadOnlyDictionary<string, decimal> XpMultipliers,
    [property: Id(6)] bool Enabled);
