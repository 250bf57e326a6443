namespace Gamification.Contracts.Analytics;

/// <summary>How many of an app's users stand at one level.</summary>
public sealed record LevelCount(int Level, string Name, long Users);
