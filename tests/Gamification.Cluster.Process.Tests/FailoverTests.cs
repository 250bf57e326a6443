using System.Diagnostics;
using Gamification.Testing;
using Xunit.Abstractions;

namespace Gamification.Cluster.Process.Tests;

/// <summary>
/// Silo processes killed, paused, added and removed under steady idempotent award load: nothing acknowledged lost,
/// nothing applied twice, XP always the ledger's sum.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RetryBudget = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A paused silo still owns directory ranges until it is declared dead: placement of its users' grains
    /// expires meanwhile (503, retried), so their awards get a longer budget than a killed silo's.
    /// </summary>
    private static readonly TimeSpan PausedRetryBudget = TimeSpan.FromSeconds(90);

    /// <summary>How long the load may take, kill and recovery included, on a loaded 2-core machine.</summary>
    private static readonly TimeSpan LoadWithin = TimeSpan.FromMinutes(6);

    /// <summary>From a SIGKILL until the last user answers again: failure detection (about 3 s with fast failover) plus re-activation, with 2-core slack.</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Killing_a_silo_under_load_loses_no_acknowledged_award_applies_no_resent_one_twice_and_its_users_answer_again_within_30_s()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await ClusterScenario.StartAsync(3, ClusterScenario.Storybook);
        await using var locator = await SiloLocator.ConnectAsync(cluster);
        output.WriteLine($"cluster up at {clock.Elapsed}");
        await output.ExplainedAsync(cluster, async () =>
        {
            using var gateway = ClusterScenario.Clients.Of(cluster.Gateway);
            var events = ClusterScenario.Events(ClusterScenario.Run());
            var users = events.Select(e => (e.App, e.UserId)).Distinct().ToList();
            var load = new AwardLoad(concurrency: 64, RetryBudget);

            var running = load.RunAsync(ClusterScenario.Routed(events, gateway));
            await load.Reached(3000).WithinAsync(LoadWithin, "3,000 answered awards before the kill");
            // The victim is the silo holding most users: the kill must take activations with it.
            var placement = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var app in users.GroupBy(u => u.App))
            {
                foreach (var (silo, count) in await locator.CountBySiloAsync(app.Key, app.Select(u => u.UserId)))
                    placement[silo] = placement.GetValueOrDefault(silo) + count;
            }
            var victim = cluster.Silos.MaxBy(s => placement.GetValueOrDefault(s.Name))!;
            output.WriteLine($"{load.Answered} answered at {clock.Elapsed}; users by silo: {string.Join(", ", placement.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}; killing {victim.Name}");
            Assert.True(placement.GetValueOrDefault(victim.Name) > 0, $"no user's grain is active on any silo: {string.Join(", ", placement)}");

            await cluster.KillAsync(victim);
            var recovering = Recovery.MeasureAsync([.. users.Select(u => (gateway.For(u.App), u.UserId))], TimeSpan.FromSeconds(90));
            var declaredDead = await cluster.WaitForActiveSilosAsync(TimeSpan.FromSeconds(60));
            var recovery = await recovering;
            await running.WithinAsync(LoadWithin, "the end of the award load");
            output.WriteLine($"load done at {clock.Elapsed}: {load.FailedAttempts} attempts failed and were retried with their keys");

            output.WriteLine($"failover: the membership showed {victim.Name} gone {declaredDead.TotalSeconds:0.0} s after the SIGKILL; " +
                $"every one of {users.Count} users answered again within {recovery.Slowest.TotalSeconds:0.0} s (slowest {recovery.SlowestUser})");
            Assert.Equal(events.Count, load.Outcomes.Count);
            var unfinished = load.Outcomes.Where(o => !o.Value.Final).ToList();
            Assert.True(unfinished.Count == 0, $"{unfinished.Count} awards got no answer within {PausedRetryBudget}: {string.Join(", ", unfinished.Take(10).Select(o => $"{o.Key} {o.Value}"))}");
            Assert.True(recovery.Unanswered.Count == 0, $"{recovery.Unanswered.Count} users never answered after the kill: {string.Join(", ", recovery.Unanswered.Take(10))}");
            Assert.True(recovery.Slowest < RecoveryBound, $"the last user answered {recovery.Slowest} after the kill ({recovery.SlowestUser}), beyond {RecoveryBound}");

            // Every award that lost an answer on the way (possibly applied on the dead silo) is sent once more with its key.
            var resent = await ResendAsync(load, events.Where(e => load.Outcomes[e.Key].FailedAttempts > 0), gateway);
            output.WriteLine($"{resent.Count} awards that had lost an answer resent with their keys; {resent.Count(r => r.Value.Status != load.Outcomes[r.Key].Status)} answered differently the second time");
            Assert.All(resent, r => Assert.True(r.Value.Status == load.Outcomes[r.Key].Status, $"{r.Key} answered {load.Outcomes[r.Key].Status} and then {r.Value.Status} when resent"));
            var rows = await LedgerCheck.AssertConsistentAsync(gateway.Storybook, events.Where(e => e.App == "storybook"), load.Outcomes);
            rows += await LedgerCheck.AssertConsistentAsync(gateway.Mikoshi, events.Where(e => e.App == "mikoshi"), load.Outcomes);
            output.WriteLine($"{rows} ledger rows audited at {clock.Elapsed}");
        });
    }

    [Fact]
    public async Task A_silo_paused_until_declared_dead_and_then_resumed_gets_none_of_its_stale_writes_committed()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await ClusterScenario.StartAsync(3, ClusterScenario.Storybook);
        await using var locator = await SiloLocator.ConnectAsync(cluster);
        await output.ExplainedAsync(cluster, async () =>
        {
            var paused = cluster.Silos[0];
            var others = cluster.Silos.Skip(1).ToList();
            using var gateway = ClusterScenario.Clients.Of(cluster.Gateway);
            // Half the awards go first to the paused silo's own HTTP gateway: they wait in its sockets while it is
            // stopped and reach its stale activations when it wakes (their callers retry through the gateway meanwhile).
            using var own = ClusterScenario.Clients.Of(paused, TimeSpan.FromSeconds(5));
            var events = ClusterScenario.Events(ClusterScenario.Run(), storybookUsers: 60, storybookEach: 50, mikoshiUsers: 20, mikoshiEach: 50);
            var routes = events.Select((e, i) => i % 2 == 0 ? new AwardRoute(e, [own.For(e), gateway.For(e)]) : new AwardRoute(e, [gateway.For(e)])).ToList();
            var load = new AwardLoad(concurrency: 64, PausedRetryBudget);

            var running = load.RunAsync(routes);
            await load.Reached(1000).WithinAsync(LoadWithin, "1,000 answered awards before the pause");
            var users = events.Where(e => e.App == "storybook").Select(e => e.UserId).Distinct().ToList();
            var held = (await locator.CountBySiloAsync("storybook", users)).GetValueOrDefault(paused.Name);
            await cluster.PauseAsync(paused);
            var declaredDead = await cluster.WaitForActiveSilosAsync(TimeSpan.FromSeconds(60), others);
            // Stay stopped while the survivors take its users and write past the state it holds.
            await load.Reached(load.Answered + 500).WithinAsync(LoadWithin, "500 more answered awards while the silo was paused");
            await cluster.ResumeAsync(paused);
            var resumed = clock.Elapsed;
            await running.WithinAsync(LoadWithin, "the end of the award load");
            var exited = await ExitedAsync(paused, TimeSpan.FromSeconds(30));

            var refusals = paused.RecentOutput.Split('\n').Count(l => l.Contains("InconsistentState", StringComparison.Ordinal) || l.Contains("ETag", StringComparison.Ordinal));
            output.WriteLine($"{paused.Name} held {held} of {users.Count} storybook users when paused; declared dead {declaredDead.TotalSeconds:0.0} s after the SIGSTOP; " +
                $"after SIGCONT it {(exited ? "exited" : "was still running 30 s after the load ended")} and logged {refusals} lines of refused (stale ETag) writes; " +
                $"{load.FailedAttempts} attempts failed and were retried; load ended {(clock.Elapsed - resumed).TotalSeconds:0.0} s after the resume");
            Assert.True(held > 0, $"{paused.Name} held no user's grain when paused: the test paused nothing that matters");
            var unfinished = load.Outcomes.Where(o => !o.Value.Final).ToList();
            Assert.True(unfinished.Count == 0, $"{unfinished.Count} awards got no answer within {PausedRetryBudget}: {string.Join(", ", unfinished.Take(10).Select(o => $"{o.Key} {o.Value}"))}");
            // Read back only when the resumed silo can write no more (it left, or the membership keeps it out).
            await cluster.WaitForActiveSilosAsync(TimeSpan.FromSeconds(60), others);
            await LedgerCheck.AssertConsistentAsync(gateway.Storybook, events.Where(e => e.App == "storybook"), load.Outcomes);
            await LedgerCheck.AssertConsistentAsync(gateway.Mikoshi, events.Where(e => e.App == "mikoshi"), load.Outcomes);
        });
    }

    [Fact]
    public async Task A_silo_joining_and_one_leaving_gracefully_under_load_fail_no_award_beyond_the_retry_budget_and_lose_none()
    {
        await using var cluster = await ClusterScenario.StartAsync(2, ClusterScenario.Storybook);
        await using var locator = await SiloLocator.ConnectAsync(cluster);
        await output.ExplainedAsync(cluster, async () =>
        {
            using var gateway = ClusterScenario.Clients.Of(cluster.Gateway);
            var events = ClusterScenario.Events(ClusterScenario.Run());
            var load = new AwardLoad(concurrency: 32, RetryBudget);

            var running = load.RunAsync(ClusterScenario.Routed(events, gateway));
            await load.Reached(1500).WithinAsync(LoadWithin, "1,500 answered awards before the join");
            var joined = await cluster.SpawnMemberAsync();
            var join = await cluster.WaitForActiveSilosAsync(TimeSpan.FromSeconds(60));
            await load.Reached(6000).WithinAsync(LoadWithin, "6,000 answered awards before the leave");
            var leaving = cluster.Silos[0];
            await cluster.RemoveNodeAsync(leaving);
            var leave = await cluster.WaitForActiveSilosAsync(TimeSpan.FromSeconds(60));
            await running.WithinAsync(LoadWithin, "the end of the award load");
            var storybookUsers = events.Where(e => e.App == "storybook").Select(e => e.UserId).Distinct();
            var placement = await locator.CountBySiloAsync("storybook", storybookUsers);

            output.WriteLine($"{joined.Name} active {join.TotalSeconds:0.0} s after it started, {leaving.Name} gone {leave.TotalSeconds:0.0} s after its SIGTERM; " +
                $"storybook users by silo afterwards: {string.Join(", ", placement.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}; {load.FailedAttempts} attempts failed and were retried");
            Assert.Equal(events.Count, load.Outcomes.Count);
            var unfinished = load.Outcomes.Where(o => !o.Value.Final).ToList();
            Assert.True(unfinished.Count == 0, $"{unfinished.Count} awards got no answer within {PausedRetryBudget}: {string.Join(", ", unfinished.Take(10).Select(o => $"{o.Key} {o.Value}"))}");
            Assert.False(placement.ContainsKey(leaving.Name), $"{leaving.Name} left but still holds {placement.GetValueOrDefault(leaving.Name)} users' grains");
            await LedgerCheck.AssertConsistentAsync(gateway.Storybook, events.Where(e => e.App == "storybook"), load.Outcomes);
            await LedgerCheck.AssertConsistentAsync(gateway.Mikoshi, events.Where(e => e.App == "mikoshi"), load.Outcomes);
        });
    }

    /// <summary>Sends each of <paramref name="events"/> once more through the gateway, with its key; returns the outcomes.</summary>
    private static async Task<Dictionary<string, AwardOutcome>> ResendAsync(AwardLoad load, IEnumerable<AwardEvent> events, ClusterScenario.Clients gateway)
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<string, AwardOutcome>();
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (e, _) =>
            outcomes[e.Key] = await load.SendAsync(new AwardRoute(e, [gateway.For(e)])));
        return new Dictionary<string, AwardOutcome>(outcomes);
    }

    private static async Task<bool> ExitedAsync(ClusterProcess process, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (process.IsRunning && clock.Elapsed < within)
            await Task.Delay(200);
        return !process.IsRunning;
    }
}
