namespace Gamification.Grains.Diagnostics;

/// <summary>One silo's window as it travels to the silo that merges the cluster's (<see cref="ClusterMetricsGrain"/>).</summary>
/// <param name="Silo">The silo's address.</param>
/// <param name="NowSecond">The silo's current second (Unix seconds).</param>
/// <param name="Seconds">The seconds that saw anything, oldest first.</param>
/// <param name="Methods">Per method over the whole window (empty unless asked for).</param>
/// <param name="Activations">Live activations per grain type (empty unless asked for).</param>
[GenerateSerializer, Immutable, Alias("gamification.silo-metrics-snapshot")]
public sealed record SiloMetricsSnapshot(
    [property: Id(0)] string Silo,
    [property: Id(1)] long NowSecond,
    [property: Id(2)] IReadOnlyList<SecondSample> Seconds,
    [property: Id(3)] IReadOnlyList<MethodSample> Methods,
    [property: Id(4)] IReadOnlyDictionary<string, long> Activations);

/// <summary>One second of one silo; latencies are <see cref="LatencyHistogram.ToSparse"/> pairs.</summary>
[GenerateSerializer, Immutable, Alias("gamification.silo-second")]
public sealed record SecondSample(
    [property: Id(0)] long Second,
    [property: Id(1)] long Calls,
    [property: Id(2)] long Errors,
    [property: Id(3)] long[] Latency,
    [property: Id(4)] long Batches,
    [property: Id(5)] long BatchWrites,
    [property: Id(6)] long[] CommitLatency,
    [property: Id(7)] long WriteFailures,
    [property: Id(8)] long Reads,
    [property: Id(9)] long[] ReadLatency,
    [property: Id(10)] long ReminderTicks);

/// <summary>One method on one silo over the window; <paramref name="RecentCalls"/> are those of the last minute.</summary>
[GenerateSerializer, Immutable, Alias("gamification.silo-method")]
public sealed record MethodSample(
    [property: Id(0)] string GrainType,
    [property: Id(1)] string Method,
    [property: Id(2)] long Calls,
    [property: Id(3)] long RecentCalls,
    [property: Id(4)] long Errors,
    [property: Id(5)] long[] Latency);
