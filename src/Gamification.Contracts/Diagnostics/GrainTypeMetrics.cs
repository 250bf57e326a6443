namespace Gamification.Contracts.Diagnostics;

/// <summary>Per grain type and method, over the last <paramref name="WindowSeconds"/> seconds, across the cluster.</summary>
[GenerateSerializer, Alias("gamification.grain-type-metrics")]
public sealed record GrainTypeMetrics(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int WindowSeconds,
    [property: Id(2)] IReadOnlyList<GrainTypeStats> Types);

/// <summary>One grain type (its Orleans type name): live activations, calls per second over the last minute, calls and errors over the window.</summary>
[GenerateSerializer, Alias("gamification.grain-type-stats")]
public sealed record GrainTypeStats(
    [property: Id(0)] string GrainType,
    [property: Id(1)] long Activations,
    [property: Id(2)] double CallsPerSecond,
    [property: Id(3)] long Calls,
    [property: Id(4)] long Errors,
    [property: Id(5)] IReadOnlyList<MethodStats> Methods);

/// <summary>One grain method (<c>Interface.Method</c>) over the window.</summary>
[GenerateSerializer, Immutable, Alias("gamification.method-stats")]
public sealed record MethodStats(
    [property: Id(0)] string Method,
    [property: Id(1)] long Calls,
    [property: Id(2)] double CallsPerSecond,
    [property: Id(3)] long Errors,
    [property: Id(4)] double P50Ms,
    [property: Id(5)] double P99Ms);
