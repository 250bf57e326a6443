using Gamification.Testing;

namespace Gamification.Faults;

/// <summary>The campaign's faults, in priority order.</summary>
public static class FaultScenarios
{
    /// <summary>How long a membership change (a silo declared dead, a silo joined) may take before the scenario fails.</summary>
    public static readonly TimeSpan MembershipPatience = TimeSpan.FromSeconds(60);

    public static IReadOnlyList<FaultScenario> All(TimeSpan outage) =>
        [KillSilo(), KillBusiestSilo(), PauseSilo(), RollingRestart(), RestartPostgres(), RefusePostgres(outage), ExhaustRetryBudget(), CutPostgres(), WrongRuleset(), MidnightJump()];

    /// <summary>
    /// SIGKILL one of three silos; the survivors stop getting its probe answers, vote it dead in the membership table,
    /// and its grains activate again on them at their next call. Measures the time to every user answering again.
    /// </summary>
    public static FaultScenario KillSilo() => new("kill-silo", "kill -9 one of 3 silos", (stage, load) =>
        KillAndProbeAsync(stage, load, stage.Cluster.Silos[1]));

    /// <summary>SIGKILL the silo holding the most user activations: the most users wait for the cluster to notice.</summary>
    public static FaultScenario KillBusiestSilo() => new("kill-busiest", "kill -9 the silo holding the most users", async (stage, load) =>
    {
        Dictionary<ClusterProcess, int> held;
        await using (var locator = await SiloLocator.ConnectAsync(stage.Cluster))
            held = await locator.UserActivationsBySiloAsync();
        var busiest = held.MaxBy(h => h.Value);
        var report = await KillAndProbeAsync(stage, load, busiest.Key);
        return report with { Note = $"{busiest.Value} of {held.Values.Sum()} users on it" };
    });

    /// <summary>
    /// SIGSTOP a silo until the membership table declares it dead (its activations live again on the others), then
    /// SIGCONT: whatever it still held in memory must not land (the stored ETag refuses a stale activation's write),
    /// and it must leave the cluster (a silo that finds itself declared dead stops) rather than serve again.
    /// </summary>
    public static FaultScenario PauseSilo() => new("pause-silo", "SIGSTOP a silo until it is declared dead, then SIGCONT", async stage =>
    {
        var paused = stage.Cluster.Silos[0];
        await stage.Cluster.PauseAsync(paused);
        await stage.Cluster.WaitForActiveSilosAsync(MembershipPatience, [.. stage.Cluster.LiveSilos.Where(s => s != paused)]);
        await stage.Cluster.ResumeAsync(paused);
        await GoneOrBackAsync(stage, paused, MembershipPatience);
    });

    /// <summary><c>pg_ctl restart -m fast</c> of the scenario's own server: every session ends, the server is back in a moment.</summary>
    public static FaultScenario RestartPostgres(int concurrency = 32) =>
        new("restart-postgres", "PostgreSQL restart (pg_ctl restart -m fast)", stage => stage.Postgres!.RestartAsync())
        {
            Concurrency = concurrency,
            OwnsPostgres = true,
        };

    /// <summary>Storage refusing every connection for <paramref name="outage"/>: calls answer 503 at once, never hang.</summary>
    public static FaultScenario RefusePostgres(TimeSpan outage, int concurrency = 32) =>
        new("refuse-postgres", $"PostgreSQL refusing connections for {outage.TotalSeconds:0} s", stage => RefuseAsync(stage, outage))
        {
            Concurrency = concurrency,
        };

    /// <summary>
    /// A client whose 3 s retry budget runs out during a 10 s storage outage: its calls end with 503 and nothing is
    /// half-applied; after the outage it sends them again with the same keys and they converge.
    /// </summary>
    public static FaultScenario ExhaustRetryBudget() =>
        new("retry-budget", "3 s retry budget, storage away for 10 s, then the same keys again", stage => RefuseAsync(stage, TimeSpan.FromSeconds(10)))
        {
            RetryBudget = TimeSpan.FromSeconds(3),
        };

    /// <summary>Every storage connection cut mid-whatever and new ones refused for 3 s: a network blip between silos and storage.</summary>
    public static FaultScenario CutPostgres() =>
        new("cut-postgres", "every PostgreSQL connection cut, refused for 3 s", stage => RefuseAsync(stage, TimeSpan.FromSeconds(3)));

    /// <summary>
    /// A fourth silo joins with a storybook ruleset file whose story_read grants 50 XP instead of 5 (same version):
    /// the cluster must not decide one app's awards under two rulesets.
    /// </summary>
    public static FaultScenario WrongRuleset() => new("wrong-ruleset", "a 4th silo joins with a different storybook ruleset file", async stage =>
    {
        var preset = Path.Combine(AppContext.BaseDirectory, "rulesets", "storybook.json");
        var wrong = Path.Combine(Directory.CreateTempSubdirectory("gamification-faults-ruleset-").FullName, "storybook.json");
        await File.WriteAllTextAsync(wrong, (await File.ReadAllTextAsync(preset)).Replace("\"story_read\": { \"xp\": 5,", "\"story_read\": { \"xp\": 50,", StringComparison.Ordinal));
        await stage.Cluster.SpawnMemberAsync(new Dictionary<string, string?> { ["Apps:storybook:Ruleset"] = wrong });
        await stage.Cluster.WaitForActiveSilosAsync(MembershipPatience);
    });

    /// <summary>
    /// Every process's wall clock jumps ahead to 10 s before the next UTC midnight, then crosses it under load: daily
    /// caps and limits start over exactly once, and no day's cap or limit is exceeded (the invariant checker, by day).
    /// </summary>
    public static FaultScenario MidnightJump() => new("midnight-jump", "wall clocks jump a day ahead to 10 s before UTC midnight, then cross it under load", async stage =>
    {
        var now = DateTimeOffset.UtcNow;
        var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        stage.Clock!.Set(midnight.AddDays(1).AddSeconds(-10), now);
        await Task.Delay(TimeSpan.FromSeconds(20));
    })
    {
        MovesClock = true,
    };

    /// <summary>
    /// Restarts every silo in turn under load (a graceful stop, then a new process in its place) while the processes'
    /// clocks cross UTC midnight: each midnight reminder registered before the roll still fires, wherever its owner
    /// moved. Sleepers, users awarded once before the roll and never again, show it: only the reminder moves their
    /// stored day to the new one.
    /// </summary>
    public static FaultScenario RollingRestart() => new("rolling-restart", "each of 3 silos restarted in turn across UTC midnight", async (stage, _) =>
    {
        var sleepers = await MidnightSleepers.AwardAsync(stage, Guid.NewGuid().ToString("N")[..6], count: 60);
        var midnight = new DateTimeOffset(stage.ClusterNow.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        var restarted = 0;
        while (restarted < stage.Cluster.Silos.Count(s => s.IsRunning) || stage.ClusterNow < midnight.AddSeconds(15))
        {
            var oldest = stage.Cluster.LiveSilos.First();
            await stage.Cluster.RemoveNodeAsync(oldest);
            await stage.Cluster.SpawnMemberAsync();
            await stage.Cluster.WaitForActiveSilosAsync(MembershipPatience);
            restarted++;
        }
        // A tick whose range changed hands across midnight is skipped by Orleans; the midnight catch-up (a minute past
        // midnight, asked every 15 s) resets those users, so the wait covers it.
        var fired = await sleepers.ResetByAsync(midnight, within: TimeSpan.FromSeconds(150));
        var caughtUp = stage.Cluster.Silos.Sum(s => s.MidnightsCaughtUp);
        var note = $"{restarted} restarts, {fired}/{sleepers.Count} sleepers reset for the new day ({caughtUp} users by the midnight catch-up)";
        return new FaultReport(null, fired < sleepers.Count ? [$"{sleepers.Count - fired} sleepers never reset for the new day"] : [], note);
    })
    {
        StartsBeforeMidnight = TimeSpan.FromSeconds(90),
        Settle = TimeSpan.FromSeconds(5),
    };

    /// <summary>
    /// Waits until <paramref name="silo"/>, resumed after being declared dead, has either ended its process or (were the
    /// membership to take it back) is active again; a declared-dead silo still running after that is a failure.
    /// </summary>
    private static async Task GoneOrBackAsync(FaultStage stage, ClusterProcess silo, TimeSpan within)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (!silo.IsRunning)
                return;
            try
            {
                if ((await stage.Cluster.ActiveSiloPortsAsync()).Contains(silo.SiloEndpoint!.Port))
                    return;
            }
            catch (Npgsql.NpgsqlException)
            {
                // The membership table is unreachable for a moment: ask again.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{silo.Name} was declared dead and resumed, but still runs {within.TotalSeconds:0} s later without rejoining");
    }

    private static async Task<FaultReport> KillAndProbeAsync(FaultStage stage, FaultLoad load, ClusterProcess silo)
    {
        var killed = System.Diagnostics.Stopwatch.StartNew();
        await stage.Cluster.KillAsync(silo);
        var answering = AnsweringProbe.LastAnsweringAsync(stage, load.Users, killed);
        await stage.Cluster.WaitForActiveSilosAsync(MembershipPatience);
        var (last, silent) = await answering;
        return new FaultReport(last, silent.Count == 0 ? [] : [$"{silent.Count} users never answered after the kill, {silent[0]} first"]);
    }

    private static async Task RefuseAsync(FaultStage stage, TimeSpan outage)
    {
        stage.Storage.Refuse();
        await Task.Delay(outage);
        stage.Storage.Accept();
    }
}
