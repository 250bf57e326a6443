namespace Gamification.Contracts.Analytics;

/// <summary>How many of an app's users stand at one level.</summary>
[GenerateSerializer, Immutable, Alias("gamification.level-count")]
public sealed record LevelCount([property: Id(0)] int Level, [property: Id(1)] string Name, [property: Id(2)] long Users);
