using Orleans.Concurrency;

namespace Gamification.Contracts.Diagnostics;

/// <summary>
/// The cluster's grain calls, grain types and storage, merged from every active silo's own per-second window
/// (the last ten minutes). A stateless worker on the silo the caller reaches: it asks each silo for its window
/// through the management grain and merges them. Key: <c>cluster</c>.
/// </summary>
[Alias("gamification.cluster-metrics")]
public interface IClusterMetricsGrain : IGrainWithStringKey
{
    /// <summary>Application grain calls across the cluster: the last ten seconds, and second by second for ten minutes.</summary>
    [Alias("GetCalls")]
    [ReadOnly]
    Task<CallMetrics> GetCalls();

    /// <summary>Per grain type: live activations across the cluster, and per method: calls, errors, latency over ten minutes.</summary>
    [Alias("GetGrainTypes")]
    [ReadOnly]
    Task<GrainTypeMetrics> GetGrainTypes();

    /// <summary>Group commits, state reads and reminder ticks across the cluster: the last ten seconds and second by second.</summary>
    [Alias("GetStorage")]
    [ReadOnly]
    Task<StorageMetrics> GetStorage();
}
