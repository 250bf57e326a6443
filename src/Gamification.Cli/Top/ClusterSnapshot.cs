namespace Gamification.Cli.Top;

/// <summary>The dashboard's <c>GET /dashboard/api/cluster</c> body (snake_case on the wire).</summary>
internal sealed record ClusterSnapshot(IReadOnlyList<SiloSnapshot>? Silos, CallRates? Calls);

/// <summary>One silo as the dashboard reports it.</summary>
internal sealed record SiloSnapshot(
    string Address,
    string State,
    DateTimeOffset? StartedAt,
    double HeartbeatAgeSeconds,
    int Partitions,
    long Activations,
    double? CpuPercent,
    long? MemoryBytes);

/// <summary>Calls across the cluster: rate, latency percentiles, errors.</summary>
internal sealed record CallRates(double PerSecond, double P50Ms, double P99Ms, double ErrorsPerSecond);
