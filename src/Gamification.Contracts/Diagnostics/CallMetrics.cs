namespace Gamification.Contracts.Diagnostics;

/// <summary>Application grain calls across the cluster's active silos.</summary>
/// <param name="At">When the metrics were merged (the merging silo's clock).</param>
/// <param name="Silos">How many silos answered.</param>
/// <param name="Now">The last <see cref="MetricsWindow.RateSeconds"/> seconds.</param>
/// <param name="Series">One point per second for the last <see cref="MetricsWindow.Seconds"/> seconds, oldest first.</param>
[GenerateSerializer, Alias("gamification.call-metrics")]
public sealed record CallMetrics(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int Silos,
    [property: Id(2)] CallRate Now,
    [property: Id(3)] IReadOnlyList<CallPoint> Series);

/// <summary>Calls per second, latency percentiles (ms) and errors per second over some seconds.</summary>
[GenerateSerializer, Immutable, Alias("gamification.call-rate")]
public sealed record CallRate(
    [property: Id(0)] double PerSecond,
    [property: Id(1)] double P50Ms,
    [property: Id(2)] double P99Ms,
    [property: Id(3)] double ErrorsPerSecond);

/// <summary>One second of grain calls.</summary>
[GenerateSerializer, Immutable, Alias("gamification.call-point")]
public sealed record CallPoint(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] double CallsPerSecond,
    [property: Id(2)] double P50Ms,
    [property: Id(3)] double P99Ms,
    [property: Id(4)] double ErrorsPerSecond);

/// <summary>The window every silo keeps and the spans the figures cover.</summary>
public static class MetricsWindow
{
    /// <summary>Seconds kept: ten minutes.</summary>
    public const int Seconds = 600;

    /// <summary>The "now" figures average this many seconds, so one quiet second does not read as zero.</summary>
    public const int RateSeconds = 10;

    /// <summary>Per-method calls per second are averaged over this many seconds.</summary>
    public const int RecentSeconds = 60;
}
