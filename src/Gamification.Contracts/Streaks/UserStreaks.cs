namespace Gamification.Contracts.Streaks;

/// <summary>Every streak of the app for one user, and the time zone their periods are counted in (null for UTC).</summary>
[GenerateSerializer, Alias("gamification.user-streaks")]
public sealed record UserStreaks([property: Id(0)] string UserId, [property: Id(1)] string? TimeZone, [property: Id(2)] IReadOnlyList<StreakView> Streaks);
