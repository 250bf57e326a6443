using Gamification.Contracts.Diagnostics;
using Gamification.Contracts.Inspection;
using Orleans.Runtime;

namespace Gamification.Client;

/// <summary>
/// What operators read about the cluster (the dashboard, the CLI): silos, grain calls, grain types, storage,
/// reminders, any grain's stored state. Read-only, and cluster-wide: everything is asked of the cluster through
/// grains (Orleans's management grain and this project's diagnostics grains), so it works the same co-hosted
/// in a silo and in a gateway that is only an Orleans client.
/// </summary>
public interface IClusterDiagnostics
{
    /// <summary>Every silo the membership knows (active first, then newest first; at most ten dead ones), with each active silo's runtime statistics.</summary>
    Task<IReadOnlyList<SiloOverview>> GetSilosAsync(CancellationToken cancellationToken = default);

    /// <summary>Application grain calls across the cluster, now and second by second for ten minutes.</summary>
    Task<CallMetrics> GetCallsAsync(CancellationToken cancellationToken = default);

    /// <summary>Live activations per grain type across the cluster, and calls, errors and latency per method.</summary>
    Task<GrainTypeMetrics> GetGrainTypesAsync(CancellationToken cancellationToken = default);

    /// <summary>Group commits, state reads and reminder ticks across the cluster.</summary>
    Task<StorageMetrics> GetStorageAsync(CancellationToken cancellationToken = default);

    /// <summary>Reminders due in the next hour and due in the last hour, up to <paramref name="limit"/> of each, with counts.</summary>
    Task<ReminderOverview> GetRemindersAsync(int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>
    /// The grain <paramref name="grainType"/>/<paramref name="key"/> as storage holds it, whether and where it is
    /// active, and its journal; it is read by an inspector grain and never activated.
    /// </summary>
    Task<GrainInspection> InspectAsync(string grainType, string key, long? journalAfter = null, int journalLimit = 50, CancellationToken cancellationToken = default);
}

/// <summary>One silo as the membership and (when it is active) its own runtime statistics report it.</summary>
/// <param name="Status">Its membership status (<c>Joining</c>, <c>Active</c>, <c>ShuttingDown</c>, <c>Dead</c>...).</param>
/// <param name="LastHeartbeat">When it last wrote its I-am-alive to the membership table (real time, as Orleans writes it).</param>
/// <param name="Activations">Its activations now; null when it is not active or did not answer.</param>
/// <param name="CpuPercent">Its process's CPU use (Orleans's filtered figure); null when unknown.</param>
/// <param name="MemoryBytes">Its process's memory use (Orleans's filtered figure); null when unknown.</param>
/// <param name="AvailableMemoryBytes">Memory still available to it; null when unknown.</param>
/// <param name="Clients">Orleans clients connected to it as a gateway; null when unknown.</param>
/// <param name="Overloaded">Whether it is shedding load.</param>
public sealed record SiloOverview(
    SiloAddress Address,
    string Name,
    string HostName,
    SiloStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset LastHeartbeat,
    int? Activations,
    double? CpuPercent,
    long? MemoryBytes,
    long? AvailableMemoryBytes,
    long? Clients,
    bool Overloaded);
