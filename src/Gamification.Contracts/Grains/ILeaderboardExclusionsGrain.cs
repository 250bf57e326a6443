using Gamification.Contracts.Leaderboards;
using Gamification.Runtime;

namespace Gamification.Contracts.Grains;

/// <summary>The users an app keeps off every board. Key: the app id. Boards pick a change up on their next read.</summary>
public interface ILeaderboardExclusionsGrain : IGrainWithStringKey
{
    Task<ExcludedUsers> Exclude(string userId);

    Task<ExcludedUsers> Readmit(string userId);

    Task<ExcludedUsers> GetExcluded();
}
