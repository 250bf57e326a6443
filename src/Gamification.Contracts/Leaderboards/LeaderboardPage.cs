namespace Gamification.Contracts.Leaderboards;

/// <summary>The top of a board in one window; <paramref name="Total"/> counts every ranked user.</summary>
[GenerateSerializer, Alias("gamification.leaderboard-page")]
public sealed record LeaderboardPage(
    [property: Id(0)] string Board,
    [property: Id(1)] string Window,
    [property: Id(2)] int Total,
    [property: Id(3)] IReadOnlyList<LeaderboardEntry> Entries);
