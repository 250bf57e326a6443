using Gamification.Contracts.Analytics;
using Orleans.Concurrency;

namespace Gamification.Contracts.Grains;

/// <summary>An app's figures for admins, read from storage without activating any user. Key: the app id.</summary>
[Alias("gamification.analytics")]
public interface IAnalyticsGrain : IGrainWithStringKey
{
    [Alias("GetLevelDistribution")]
    [ReadOnly]
    Task<LevelDistribution> GetLevelDistribution();

    [Alias("GetAwardsPerDay")]
    [ReadOnly]
    Task<AwardsPerDay> GetAwardsPerDay(DateOnly firstDay, DateOnly lastDay);

    [Alias("GetTokenFlow")]
    [ReadOnly]
    Task<TokenFlow> GetTokenFlow(DateOnly firstDay, DateOnly lastDay);
}
