namespace Gamification.Gateway.Dashboard;

/// <summary>
/// <c>GET /dashboard/api/cluster</c>: the silos, the cluster's call rate now, and the last ten minutes second by
/// second (the CLI's <c>top</c> reads this: fields may be added, never renamed).
/// </summary>
internal sealed record ClusterReply(IReadOnlyList<SiloReply> Silos, CallRates Calls, IReadOnlyList<CallPoint> Series, int SilosReporting);

/// <summary>
/// One silo; <paramref name="State"/> is the membership status's name (<c>Active</c>, <c>Dead</c>...). The figures
/// are the silo's own runtime statistics (null, or 0 activations, when it is not active or did not answer).
/// </summary>
internal sealed record SiloReply(
    string Address,
    string Name,
    string HostName,
    string State,
    DateTimeOffset StartedAt,
    double HeartbeatAgeSeconds,
    int Activations,
    double? CpuPercent,
    long? MemoryBytes,
    long? AvailableMemoryBytes,
    long? Clients,
    bool Overloaded,
    bool Local);

/// <summary>Application grain calls over the last ten seconds, across the cluster.</summary>
internal sealed record CallRates(double PerSecond, double P50Ms, double P99Ms, double ErrorsPerSecond);

/// <summary>One second of application grain calls, across the cluster.</summary>
internal sealed record CallPoint(DateTimeOffset At, double CallsPerSecond, double P50Ms, double P99Ms, double ErrorsPerSecond);
