namespace Gamification.Contracts.Leaderboards;

/// <summary>A row of a board: equal scores share a rank ("1224"); among them, who reached the score first comes first, then user id.</summary>
public sealed record LeaderboardEntry(int Rank, string UserId, long Score, DateTimeOffset ReachedAt);
