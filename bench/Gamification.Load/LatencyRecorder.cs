using System.Diagnostics;

namespace Gamification.Load;

/// <summary>Latencies of one run, recorded per caller without locks and merged at the end.</summary>
internal sealed class LatencyRecorder(int callers)
{
    private readonly List<double>[] perCaller = [.. Enumerable.Range(0, callers).Select(_ => new List<double>(100_000))];
    private long completed;

    public long Completed => Interlocked.Read(ref completed);

    public void Record(int caller, long startTimestamp)
    {
        perCaller[caller].Add(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);
        Interlocked.Increment(ref completed);
    }

    public (double P50, double P99, double Max) Percentiles()
    {
        var all = perCaller.SelectMany(l => l).Order().ToArray();
        if (all.Length == 0)
            return (0, 0, 0);
        return (all[(int)(all.Length * 0.50)], all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))], all[^1]);
    }
}
