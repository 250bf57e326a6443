namespace Gamification.Contracts.Progress;

/// <summary>Seed 001's <c>progress</c> object, plus <c>next_level_exp</c> (seed 002's <c>xp_for_next_level</c>).</summary>
public sealed record LevelProgressView(
    int CurrentLevel,
    string LevelName,
    long TotalExp,
    long CurrentLevelExp,
    long ExpNeededForNext,
    long ExpToNextLevel,
    long? NextLevelExp,
    double ProgressPercentage,
    bool IsMaxLevel);
