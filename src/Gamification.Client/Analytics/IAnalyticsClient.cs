using Gamification.Contracts.Analytics;

namespace Gamification.Client;

/// <summary>An app's figures for admins: levels, awards per action per day, tokens issued and spent.</summary>
public interface IAnalyticsClient
{
    /// <summary>The longest range, in days, one awards or tokens query may cover.</summary>
    public const int MaxDays = 92;

    Task<LevelDistribution> GetLevelDistributionAsync(string app, CancellationToken cancellationToken = default);

    Task<AwardsPerDay> GetAwardsPerDayAsync(string app, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default);

    Task<TokenFlow> GetTokenFlowAsync(string app, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default);
}
