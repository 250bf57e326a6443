using Gamification.Contracts.Leaderboards;

namespace Gamification.Contracts.Grains;

/// <summary>
/// One board of one app in one window, held in memory. Key: <c>app/board/window</c>
/// (<see cref="LeaderboardKeys"/>); a past window simply goes idle.
/// </summary>
[Alias("gamification.leaderboard")]
public interface ILeaderboardGrain : IGrainWithStringKey
{
    /// <summary>Sets a user's score; an update whose sequence is not newer than the last one changes nothing.</summary>
    [Alias("SetScore")]
    Task SetScore(ScoreUpdate update);

    /// <summary>Sets many users' scores in one turn, each as <see cref="SetScore"/> would (a silo's coalesced feed sends these).</summary>
    [Alias("SetScores")]
    Task SetScores(IReadOnlyList<ScoreUpdate> updates);

    /// <summary>Up to <paramref name="limit"/> rows from 0-based position <paramref name="offset"/>.</summary>
    [Alias("GetTop")]
    Task<LeaderboardPage> GetTop(int offset, int limit);

    /// <summary><paramref name="userId"/>'s row and up to <paramref name="around"/> rows either side.</summary>
    [Alias("GetStanding")]
    Task<LeaderboardStanding> GetStanding(string userId, int around);

    /// <summary>Rebuilds the board from the stored sources (user or module states), repairing any missed update; answers the ranked count.</summary>
    [Alias("Rebuild")]
    Task<int> Rebuild();
}
