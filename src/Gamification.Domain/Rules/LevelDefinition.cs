namespace Gamification.Domain.Rules;

/// <summary>One row of a level table: seed 001's "Level 2 (Creator): 100 EXP - Fork, private chars".</summary>
public sealed record LevelDefinition(int Level, string Name, long XpRequired, string? Unlock = null);
