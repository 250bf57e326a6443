namespace Gamification.Contracts.Progress;

/// <summary>A user's standing: XP, level and progress, grade, badges.</summary>
/// <param name="Exists">False for a user no event has reached yet (all figures are the starting ones).</param>
public sealed record UserProfile(
    string UserId,
    bool Exists,
    long ExperiencePoints,
    int Level,
    LevelProgressView Progress,
    string UserType,
    GradeView? CurrentGrade,
    IReadOnlyList<BadgeView> Badges);
