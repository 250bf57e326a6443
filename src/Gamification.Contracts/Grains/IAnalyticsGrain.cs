using Gamification.Contracts.Analytics;
using Gamification.Runtime;

namespace Gamification.Contracts.Grains;

/// <summary>An app's figures for admins, read from storage without activating any user. Key: the app id.</summary>
public interface IAnalyticsGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<LevelDistribution> GetLevelDistribution();

    [ReadOnly]
    Task<AwardsPerDay> GetAwardsPerDay(DateOnly firstDay, DateOnly lastDay);

    [ReadOnly]
    Task<TokenFlow> GetTokenFlow(DateOnly firstDay, DateOnly lastDay);
}
