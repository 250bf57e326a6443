using System.Diagnostics;

namespace Gamification.Load;

/// <summary>The cluster figures of docs/benchmarks.md: throughput by silo count, a forwarded call's cost, failover.</summary>
internal static class ClusterRuns
{
    public static async Task<RunResult> ThroughputAsync(string name, int silos, LoadSettings settings)
    {
        await using var cluster = await ClusterDesign.StartAsync(silos);
        return await LoadRun.RunAsync(name, settings.Callers, settings.Users, settings.Duration, (_, user) => cluster.AwardAsync(user));
    }

    public static async Task<RunResult> ForwardingAsync()
    {
        await using var cluster = await ClusterDesign.StartAsync(3);
        var clock = Stopwatch.StartNew();
        var (localP50, localP99, forwardedP50, forwardedP99) = await cluster.MeasureForwardingAsync(calls: 500);
        Console.WriteLine($"  held by the called silo:  p50 {localP50:F2} ms, p99 {localP99:F2} ms");
        Console.WriteLine($"  forwarded to its owner:   p50 {forwardedP50:F2} ms, p99 {forwardedP99:F2} ms (+{forwardedP50 - localP50:F2} ms at p50)");
        return new RunResult("forwarded", 2000, clock.Elapsed, forwardedP50, forwardedP99, 0);
    }

    public static async Task<RunResult> FailoverAsync(LoadSettings settings)
    {
        await using var cluster = await ClusterDesign.StartAsync(3);
        var failed = 0L;
        var run = LoadRun.RunAsync("failover", settings.Callers, settings.Users, settings.Duration, async (_, user) =>
        {
            if (!await cluster.TryAwardAsync(user))
                Interlocked.Increment(ref failed);
        });
        await Task.Delay(settings.Duration / 3);
        await cluster.Cluster.KillAsync(cluster.Cluster.Silos[1]);
        var failedBefore = Interlocked.Read(ref failed);
        var failover = await cluster.Cluster.WaitForStableMapAsync(TimeSpan.FromSeconds(60));
        var result = await run;
        Console.WriteLine($"  SIGKILL -> every partition owned by a live silo: {failover.TotalSeconds:F1} s; calls failed: {Interlocked.Read(ref failed)} (before the kill: {failedBefore})");
        return result;
    }
}
