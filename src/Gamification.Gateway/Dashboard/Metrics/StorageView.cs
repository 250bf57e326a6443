namespace Gamification.Gateway.Dashboard;

/// <summary>Builds <see cref="StorageReply"/>: group commits over the last seconds and second by second.</summary>
internal static class StorageView
{
    public const int RateSeconds = 10;

    public static StorageReply Of(MetricsWindow window)
    {
        var (batches, writes, failures, ticks, commits) = window.Read(RateSeconds, (_, seconds) =>
        {
            var latency = new LatencyHistogram();
            foreach (var second in seconds)
                latency.Add(second.CommitLatency);
            return (seconds.Sum(s => s.Batches), seconds.Sum(s => s.BatchWrites), seconds.Sum(s => s.WriteFailures), seconds.Sum(s => s.ReminderTicks), latency);
        });
        var series = window.Read(MetricsWindow.Seconds, (now, seconds) => seconds.Select((s, i) => new StoragePoint(
            DateTimeOffset.FromUnixTimeSeconds(now - seconds.Count + 1 + i), s.Batches, Mean(s.BatchWrites, s.Batches), s.CommitLatency.Percentile(0.99))).ToList());
        return new StorageReply(
            ClusterView.Rate(batches, RateSeconds), ClusterView.Rate(writes, RateSeconds), Mean(writes, batches),
            commits.Percentile(0.5), commits.Percentile(0.99), failures, ClusterView.Rate(ticks, RateSeconds), series);
    }

    private static double Mean(long total, long count) => count == 0 ? 0 : Math.Round((double)total / count, 2);
}
