namespace Gamification.Contracts.Analytics;

/// <summary>An app's users by level (levels nobody holds are listed with zero), read from stored states.</summary>
public sealed record LevelDistribution(long Users, IReadOnlyList<LevelCount> Levels);
