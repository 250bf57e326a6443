namespace Gamification.Contracts.Paths;

/// <summary>A user's progress on one path: the action XP earned while it was primary, and the level that XP reaches.</summary>
public sealed record UserPathView(string PathId, string Name, long Xp, int Level, bool Primary);
