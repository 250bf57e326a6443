namespace Gamification.Domain.Leaderboards;

/// <summary>One user's row on a board: competition rank ("1224": equal scores share a rank), score, and since when.</summary>
public sealed record BoardStanding(int Rank, string UserId, long Score, DateTimeOffset ReachedAt);
