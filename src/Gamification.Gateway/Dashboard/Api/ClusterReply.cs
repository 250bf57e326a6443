namespace Gamification.Gateway.Dashboard;

/// <summary><c>GET /dashboard/api/cluster</c>: the silos, the call rate now, and the last ten minutes second by second (the CLI's <c>top</c> reads this).</summary>
internal sealed record ClusterReply(IReadOnlyList<SiloReply> Silos, CallRates Calls, IReadOnlyList<CallPoint> Series);

/// <summary>One silo; <paramref name="State"/> is the membership state's name (<c>Active</c>, <c>Dead</c>...).</summary>
internal sealed record SiloReply(
    string Address,
    string State,
    DateTimeOffset StartedAt,
    double HeartbeatAgeSeconds,
    int Partitions,
    int Activations,
    double CpuPercent,
    long MemoryBytes,
    bool Local);

/// <summary>Grain calls over the last <see cref="ClusterView.RateSeconds"/> seconds.</summary>
internal sealed record CallRates(double PerSecond, double P50Ms, double P99Ms, double ErrorsPerSecond);

/// <summary>One second of grain calls.</summary>
internal sealed record CallPoint(DateTimeOffset At, double CallsPerSecond, double P50Ms, double P99Ms, double ErrorsPerSecond);
