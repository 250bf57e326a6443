namespace Gamification.Contracts.Rulesets;

/// <summary>A level: seed 001's <c>{"name", "unlock", "exp_required"}</c>.</summary>
public sealed record LevelView(int Level, string Name, string? Unlock, long ExpRequired);
