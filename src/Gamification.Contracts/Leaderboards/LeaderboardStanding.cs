namespace Gamification.Contracts.Leaderboards;

/// <summary>A user's row (null when the user has no score there or is excluded) and the rows around it, in order.</summary>
[GenerateSerializer, Alias("gamification.leaderboard-standing")]
public sealed record LeaderboardStanding(
    [property: Id(0)] string Board,
    [property: Id(1)] string Window,
    [property: Id(2)] int Total,
    [property: Id(3)] LeaderboardEntry? User,
    [property: Id(4)] IReadOnlyList<LeaderboardEntry> Around);
