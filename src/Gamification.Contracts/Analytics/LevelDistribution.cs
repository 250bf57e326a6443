namespace Gamification.Contracts.Analytics;

/// <summary>An app's users by level (levels nobody holds are listed with zero), read from stored states.</summary>
[GenerateSerializer, Alias("gamification.level-distribution")]
public sealed record LevelDistribution([property: Id(0)] long Users, [property: Id(1)] IReadOnlyList<LevelCount> Levels);
