using Gamification.Contracts.Leaderboards;

namespace Gamification.Contracts.Grains;

/// <summary>The users an app keeps off every board. Key: the app id. Boards pick a change up on their next read.</summary>
[Alias("gamification.leaderboard-exclusions")]
public interface ILeaderboardExclusionsGrain : IGrainWithStringKey
{
    [Alias("Exclude")]
    Task<ExcludedUsers> Exclude(string userId);

    [Alias("Readmit")]
    Task<ExcludedUsers> Readmit(string userId);

    [Alias("GetExcluded")]
    Task<ExcludedUsers> GetExcluded();
}
