using Gamification.Runtime;

namespace Gamification.Gateway.Dashboard;

/// <summary>Builds <see cref="ClusterReply"/> from the silos the membership reports and the metrics window.</summary>
internal static class ClusterView
{
    /// <summary>The "now" figures average this many seconds, so one quiet second does not read as zero.</summary>
    public const int RateSeconds = 10;

    public static ClusterReply Of(IReadOnlyList<SiloStatus> silos, SiloAddress? local, MetricsWindow window, DateTimeOffset now) =>
        new([.. silos.Select(s => Silo(s, local, now))], Rates(window), Series(window));

    private static SiloReply Silo(SiloStatus silo, SiloAddress? local, DateTimeOffset now) => new(
        silo.Address.ToString(),
        silo.State.ToString(),
        silo.StartedAt,
        Math.Round(Math.Max(0, (now - silo.LastHeartbeat).TotalSeconds), 1),
        silo.PartitionsHeld,
        silo.Activations,
        silo.CpuPercent,
        silo.MemoryBytes,
        silo.Address == local);

    private static CallRates Rates(MetricsWindow window) => window.Read(RateSeconds, (_, seconds) =>
    {
        var latency = new LatencyHistogram();
        foreach (var second in seconds)
            latency.Add(second.Latency);
        return new CallRates(
            Rate(seconds.Sum(s => s.Calls), RateSeconds), latency.Percentile(0.5), latency.Percentile(0.99), Rate(seconds.Sum(s => s.Errors), RateSeconds));
    });

    private static List<CallPoint> Series(MetricsWindow window) => window.Read(MetricsWindow.Seconds, (now, seconds) =>
        seconds.Select((s, i) => new CallPoint(
            DateTimeOffset.FromUnixTimeSeconds(now - seconds.Count + 1 + i), s.Calls, s.Latency.Percentile(0.5), s.Latency.Percentile(0.99), s.Errors)).ToList());

    public static double Rate(long count, int seconds) => Math.Round((double)count / seconds, 2);
}
