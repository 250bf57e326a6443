namespace Gamification.Contracts.Progress;

/// <summary>A user's standing: XP, level and progress, grade, badges.</summary>
/// <param name="ActiveBoosts">The user's own and the app's boosts active now.</param>
/// <param name="Exists">False for a user no event has reached yet (all figures are the starting ones).</param>
[GenerateSerializer, Alias("gamification.user-profile")]
public sealed record UserProfile(
    [property: Id(0)] string UserId,
    [property: Id(1)] bool Exists,
    [property: Id(2)] long ExperiencePoints,
    [property: Id(3)] int Level,
    [property: Id(4)] LevelProgressView Progress,
    [property: Id(5)] string UserType,
    [property: Id(6)] GradeView? CurrentGrade,
    [property: Id(7)] IReadOnlyList<BadgeView> Badges,
    [property: Id(8)] IReadOnlyList<Boosts.BoostView>? ActiveBoosts = null);
