namespace Gamification.Contracts.Rulesets;

/// <summary>A level: seed 001's <c>{"name", "unlock", "exp_required"}</c>.</summary>
[GenerateSerializer, Immutable, Alias("gamification.level-view")]
public sealed record LevelView(
    [property: Id(0)] int Level,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Unlock,
    [property: Id(3)] long ExpRequired);
