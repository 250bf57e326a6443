namespace Gamification.Contracts.Progress;

/// <summary>Seed 001's <c>progress</c> object, plus <c>next_level_exp</c> (seed 002's <c>xp_for_next_level</c>).</summary>
[GenerateSerializer, Immutable, Alias("gamification.level-progress-view")]
public sealed record LevelProgressView(
    [property: Id(0)] int CurrentLevel,
    [property: Id(1)] string LevelName,
    [property: Id(2)] long TotalExp,
    [property: Id(3)] long CurrentLevelExp,
    [property: Id(4)] long ExpNeededForNext,
    [property: Id(5)] long ExpToNextLevel,
    [property: Id(6)] long? NextLevelExp,
    [property: Id(7)] double ProgressPercentage,
    [property: Id(8)] bool IsMaxLevel);
