namespace Gamification.Contracts.Leaderboards;

/// <summary>The top of a board in one window; <paramref name="Total"/> counts every ranked user.</summary>
public sealed record LeaderboardPage(string Board, string Window, int Total, IReadOnlyList<LeaderboardEntry> Entries);
