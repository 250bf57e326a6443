namespace Gamification.Load;

/// <summary>The cluster figures of docs/benchmarks.md: throughput by silo count, and failover.</summary>
internal static class ClusterRuns
{
    public static async Task<RunResult> ThroughputAsync(string name, int silos, LoadSettings settings)
    {
        await using var cluster = await ClusterDesign.StartAsync(silos);
        return await LoadRun.RunAsync(name, settings.Callers, settings.Users, settings.Duration, (_, user) => cluster.AwardAsync(user));
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
        var failover = await cluster.Cluster.WaitForActiveSilosAsync(TimeSpan.FromSeconds(60));
        var result = await run;
        Console.WriteLine($"  SIGKILL -> membership shows only the 2 live silos active: {failover.TotalSeconds:F1} s; calls failed: {Interlocked.Read(ref failed)} (before the kill: {failedBefore})");
        return result;
    }
}
