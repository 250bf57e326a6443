using System.Diagnostics;
using Gamification.Testing;

namespace Gamification.Load;

/// <summary>The cluster figures of docs/benchmarks.md: throughput by silo count, and failover.</summary>
internal static class ClusterRuns
{
    private const int ProbedUsers = 20;

    public static async Task<RunResult> ThroughputAsync(string name, int silos, LoadSettings settings)
    {
        await using var cluster = await ClusterDesign.StartAsync(silos);
        return await LoadRun.RunAsync(name, settings.Callers, settings.Users, settings.Duration, (_, user) => cluster.AwardAsync(user));
    }

    /// <summary>
    /// SIGKILL of the silo that holds a set of users, a third into a run under load: how long until each of those users
    /// answers again, and until the membership table shows the silo dead.
    /// </summary>
    public static async Task<RunResult> FailoverAsync(string design, LoadSettings settings)
    {
        await using var cluster = await ClusterDesign.StartAsync(3, (design == "failover-default" ? MembershipProfile.Default : MembershipProfile.Shipped).Settings);
        await using var locator = await SiloLocator.ConnectAsync(cluster.Cluster);
        var failed = 0L;
        var run = LoadRun.RunAsync(design, settings.Callers, settings.Users, settings.Duration, async (_, user) =>
        {
            if (!await cluster.TryAwardAsync(user))
                Interlocked.Increment(ref failed);
        });
        await Task.Delay(settings.Duration / 3);
        var victim = cluster.Cluster.Silos[1];
        using var probeClient = cluster.ProbeClient(TimeSpan.FromSeconds(2));
        var probe = new FailoverProbe(await UsersOnAsync(locator, victim, settings.Users), user => cluster.TryAwardAsync(probeClient, user));

        var killed = Stopwatch.StartNew();
        await cluster.Cluster.KillAsync(victim);
        var answered = probe.AnsweredAsync(killed);
        var declaredDead = await cluster.Cluster.WaitForActiveSilosAsync(TimeSpan.FromMinutes(3));
        var times = await answered;
        var result = await run;
        Console.WriteLine($"  SIGKILL of {victim.Name} -> its {probe.Users.Count} probed users answering again: first {Seconds(times, 0)}, "
            + $"half {Seconds(times, times.Count / 2)}, all {(times.Count == probe.Users.Count ? Seconds(times, times.Count - 1) : $"{times.Count} of {probe.Users.Count} within 3 min")}; "
            + $"membership shows only the live silos active after {declaredDead.TotalSeconds:F1} s; calls failed under load: {Interlocked.Read(ref failed):N0}");
        return result;
    }

    private static async Task<List<string>> UsersOnAsync(SiloLocator locator, ClusterProcess silo, int users)
    {
        var found = new List<string>();
        for (var i = 0; i < users && found.Count < ProbedUsers; i++)
        {
            if ((await locator.SiloOfUserAsync("storybook", $"u{i}"))?.Name == silo.Name)
                found.Add($"u{i}");
        }
        return found;
    }

    private static string Seconds(IReadOnlyList<TimeSpan> times, int index) =>
        times.Count > index ? $"{times[index].TotalSeconds:F1} s" : "-";
}
