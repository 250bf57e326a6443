namespace Gamification.Contracts.Leaderboards;

/// <summary>A row of a board: equal scores share a rank ("1224"); among them, who reached the score first comes first, then user id.</summary>
[GenerateSerializer, Immutable, Alias("gamification.leaderboard-entry")]
public sealed record LeaderboardEntry(
    [property: Id(0)] int Rank,
    [property: Id(1)] string UserId,
    [property: Id(2)] long Score,
    [property: Id(3)] DateTimeOffset ReachedAt);
