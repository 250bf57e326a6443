namespace Gamification.Domain.Rules;

/// <summary>Seed 001's <c>progress</c> object, plus the absolute XP of the next level (seed 002's <c>xp_for_next_level</c>).</summary>
public sealed record LevelProgress(
    int CurrentLevel,
    string LevelName,
    long TotalXp,
    long CurrentLevelXp,
    long XpNeededForNext,
    long XpToNextLevel,
    long? NextLevelXp,
    double ProgressPercentage,
    bool IsMaxLevel);
