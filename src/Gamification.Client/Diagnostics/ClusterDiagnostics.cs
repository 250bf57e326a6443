using Gamification.Contracts.Diagnostics;
using Gamification.Contracts.Inspection;
using Orleans.Runtime;

namespace Gamification.Client;

/// <summary>
/// <see cref="IClusterDiagnostics"/> over grains only: Orleans's management grain for the silos, and the
/// diagnostics grains (stateless workers on the silos) for metrics, reminders and inspection.
/// </summary>
public sealed class ClusterDiagnostics(IGrainFactory grains) : IClusterDiagnostics
{
    // One grain of each diagnostic kind serves the whole cluster.
    private const string ClusterWide = "cluster";

    /// <summary>Dead silos stay in the membership table; only the newest few are listed.</summary>
    public const int DeadSilosListed = 10;

    public async Task<IReadOnlyList<SiloOverview>> GetSilosAsync(CancellationToken cancellationToken = default)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        // The grain call takes no token (CA2016 sees one on a generated overload); the wait for it does.
#pragma warning disable CA2016
        var hosts = await management.GetDetailedHosts(onlyActive: false).WaitAsync(cancellationToken);
#pragma warning restore CA2016
        var listed = hosts.Where(h => h.Status != SiloStatus.Dead)
            .Concat(hosts.Where(h => h.Status == SiloStatus.Dead).OrderByDescending(h => h.StartTime).Take(DeadSilosListed))
            .OrderBy(h => h.Status == SiloStatus.Active ? 0 : h.Status == SiloStatus.Dead ? 2 : 1)
            .ThenByDescending(h => h.StartTime)
            .ToList();
        // One silo at a time: a silo that died since the membership was read costs only its own row's figures.
        var statistics = await Task.WhenAll(listed.Select(h => h.Status == SiloStatus.Active ? StatisticsAsync(management, h.SiloAddress) : Task.FromResult<SiloRuntimeStatistics?>(null)))
            .WaitAsync(cancellationToken);
        return [.. listed.Select((h, i) => Overview(h, statistics[i]))];
    }

    public Task<CallMetrics> GetCallsAsync(CancellationToken cancellationToken = default) =>
        grains.GetGrain<IClusterMetricsGrain>(ClusterWide).GetCalls().WaitAsync(cancellationToken);

    public Task<GrainTypeMetrics> GetGrainTypesAsync(CancellationToken cancellationToken = default) =>
        grains.GetGrain<IClusterMetricsGrain>(ClusterWide).GetGrainTypes().WaitAsync(cancellationToken);

    public Task<StorageMetrics> GetStorageAsync(CancellationToken cancellationToken = default) =>
        grains.GetGrain<IClusterMetricsGrain>(ClusterWide).GetStorage().WaitAsync(cancellationToken);

    public Task<ReminderOverview> GetRemindersAsync(int limit = 50, CancellationToken cancellationToken = default)
    {
        Argument.Limit(limit, 500, "limit");
        return grains.GetGrain<IReminderOverviewGrain>(ClusterWide).GetOverview(limit).WaitAsync(cancellationToken);
    }

    public Task<GrainInspection> InspectAsync(string grainType, string key, long? journalAfter = null, int journalLimit = 50, CancellationToken cancellationToken = default)
    {
        Argument.Id(grainType, "grain_type");
        ArgumentException.ThrowIfNullOrEmpty(key);
        Argument.Limit(journalLimit, 500, "limit");
        if (journalAfter is < 0)
            throw new ArgumentException("journal_after must not be negative", nameof(journalAfter));
        // Keyed by the inspected grain's key (the contract); a stateless worker, so it runs on the silo the call reaches.
        return grains.GetGrain<IGrainInspectorGrain>(key).Inspect(grainType, journalAfter, journalLimit).WaitAsync(cancellationToken);
    }

    private static async Task<SiloRuntimeStatistics?> StatisticsAsync(IManagementGrain management, SiloAddress silo)
    {
        try
        {
            return (await management.GetRuntimeStatistics([silo])).FirstOrDefault();
        }
        catch (Exception e) when (e is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException)
        {
            return null;
        }
    }

    private static SiloOverview Overview(MembershipEntry host, SiloRuntimeStatistics? statistics)
    {
        var environment = statistics?.EnvironmentStatistics;
        return new SiloOverview(
            host.SiloAddress,
            host.SiloName,
            host.HostName,
            host.Status,
            Utc(host.StartTime),
            Utc(host.IAmAliveTime),
            statistics?.ActivationCount,
            environment is { } e ? Math.Round(e.FilteredCpuUsagePercentage, 1) : null,
            environment?.FilteredMemoryUsageBytes,
            environment?.FilteredAvailableMemoryBytes,
            statistics?.ClientCount,
            statistics?.IsOverloaded ?? false);
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
