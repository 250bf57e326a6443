namespace Gamification.Contracts.Leaderboards;

/// <summary>A user's row (null when the user has no score there or is excluded) and the rows around it, in order.</summary>
public sealed record LeaderboardStanding(string Board, string Window, int Total, LeaderboardEntry? User, IReadOnlyList<LeaderboardEntry> Around);
