using Gamification.Contracts.Analytics;
using Gamification.Contracts.Grains;
using Microsoft.Extensions.Options;

namespace Gamification.Client;

/// <summary><see cref="IAnalyticsClient"/> over the app's analytics grain; ranges are checked before anything is sent.</summary>
public sealed class AnalyticsClient(IGrainFactory grains, IOptions<GamificationClientOptions> options) : IAnalyticsClient
{
    public Task<LevelDistribution> GetLevelDistributionAsync(string app, CancellationToken cancellationToken = default) =>
        Analytics(app).GetLevelDistribution().WaitAsync(options.Value.CallTimeout, cancellationToken);

    public Task<AwardsPerDay> GetAwardsPerDayAsync(string app, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        var grain = Analytics(app);
        Range(firstDay, lastDay);
        return grain.GetAwardsPerDay(firstDay, lastDay).WaitAsync(options.Value.CallTimeout, cancellationToken);
    }

    public Task<TokenFlow> GetTokenFlowAsync(string app, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        var grain = Analytics(app);
        Range(firstDay, lastDay);
        return grain.GetTokenFlow(firstDay, lastDay).WaitAsync(options.Value.CallTimeout, cancellationToken);
    }

    private IAnalyticsGrain Analytics(string app) => grains.GetGrain<IAnalyticsGrain>(Argument.Id(app, "app"));

    private static void Range(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay || lastDay.DayNumber - firstDay.DayNumber >= IAnalyticsClient.MaxDays)
            throw new ArgumentException($"to must be on or after from, at most {IAnalyticsClient.MaxDays} days in all", nameof(lastDay));
    }
}
