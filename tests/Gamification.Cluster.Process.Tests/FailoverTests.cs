using Gamification.Testing;
using Xunit.Abstractions;

namespace Gamification.Cluster.Process.Tests;

/// <summary>Silo processes killed, paused, added and removed under load: nothing acknowledged lost, nothing applied twice.</summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RetryBudget = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Killing_one_of_three_silos_mid_load_loses_no_acknowledged_award_and_every_partition_is_owned_again()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var cluster = await TestCluster.StartAsync(3, ClusterScenario.Storybook, ClusterScenario.Settings());
        output.WriteLine($"cluster up at {clock.Elapsed}");
        using var storybook = ClusterScenario.Client(cluster.Gateway, ClusterScenario.Storybook);
        using var mikoshi = ClusterScenario.Client(cluster.Gateway, ClusterScenario.Mikoshi);
        var events = ClusterScenario.Events(Guid.NewGuid().ToString("N")[..6]);
        var load = new AwardLoad(concurrency: 64, RetryBudget);
        var victim = cluster.Silos[1];

        var running = load.RunAsync(ClusterScenario.Addressed(events, storybook, mikoshi));
        await load.Answered(3000);
        output.WriteLine($"3000 answered at {clock.Elapsed}");
        await cluster.KillAsync(victim);
        var killed = DateTimeOffset.UtcNow;
        var failover = await cluster.WaitForStableMapAsync(TimeSpan.FromSeconds(30));
        await running;
        output.WriteLine($"load done at {clock.Elapsed}");

        output.WriteLine($"failover {failover.TotalSeconds:0.0} s after the kill; {load.FailedAttempts} attempts failed and were retried");
        Assert.Equal(events.Count, load.Outcomes.Count);
        Assert.All(load.Outcomes.Values, o => Assert.True(o.Status is 200 or 429, $"final status {o.Status} after {o.FailedAttempts} failed attempts"));
        var map = await cluster.MapOfAsync(cluster.Silos[0]);
        Assert.All(map.Owners, o => Assert.True(o is not null && o != victim.SiloEndpoint, $"partition owned by {o?.ToString() ?? "nobody"} {DateTimeOffset.UtcNow - killed} after the kill"));
        await LedgerCheck.AssertConsistentAsync(storybook, events.Where(e => e.App == "storybook"), load.Outcomes);
        await LedgerCheck.AssertConsistentAsync(mikoshi, events.Where(e => e.App == "mikoshi"), load.Outcomes);
        output.WriteLine($"checked at {clock.Elapsed}");
    }

    [Fact]
    public async Task A_silo_paused_until_its_leases_are_taken_commits_nothing_after_it_resumes()
    {
        await using var cluster = await TestCluster.StartAsync(3, ClusterScenario.Storybook, ClusterScenario.Settings());
        await ExplainedAsync(cluster, async () =>
        {
            using var storybook = ClusterScenario.Client(cluster.Gateway, ClusterScenario.Storybook);
            using var mikoshi = ClusterScenario.Client(cluster.Gateway, ClusterScenario.Mikoshi);
            var events = ClusterScenario.Events(Guid.NewGuid().ToString("N")[..6], storybookUsers: 60, storybookEach: 50, mikoshiUsers: 20, mikoshiEach: 50);
            var load = new AwardLoad(concurrency: 64, RetryBudget);
            var paused = cluster.Silos[0];
            var others = cluster.Silos.Skip(1).ToList();

            var running = load.RunAsync(ClusterScenario.Addressed(events, storybook, mikoshi));
            await load.Answered(1000);
            await cluster.PauseAsync(paused);
            var takeover = await cluster.WaitForStableMapAsync(TimeSpan.FromSeconds(30), others);
            await cluster.ResumeAsync(paused);
            await running;

            output.WriteLine($"leases taken {takeover.TotalSeconds:0.0} s after the pause; {load.FailedAttempts} attempts failed and were retried");
            Assert.All(load.Outcomes.Values, o => Assert.True(o.Status is 200 or 429, $"final status {o.Status} after {o.FailedAttempts} failed attempts"));
            // Let the resumed silo try to commit what it held, then read back: its stale writes must not have landed.
            await cluster.WaitForStableMapAsync(TimeSpan.FromSeconds(30));
            await LedgerCheck.AssertConsistentAsync(storybook, events.Where(e => e.App == "storybook"), load.Outcomes);
            await LedgerCheck.AssertConsistentAsync(mikoshi, events.Where(e => e.App == "mikoshi"), load.Outcomes);
        });
    }

    [Fact]
    public async Task A_silo_joining_and_one_leaving_under_load_fail_no_call_beyond_the_retry_budget()
    {
        await using var cluster = await TestCluster.StartAsync(2, ClusterScenario.Storybook, ClusterScenario.Settings());
        using var storybook = ClusterScenario.Client(cluster.Gateway, ClusterScenario.Storybook);
        using var mikoshi = ClusterScenario.Client(cluster.Gateway, ClusterScenario.Mikoshi);
        var events = ClusterScenario.Events(Guid.NewGuid().ToString("N")[..6]);
        var load = new AwardLoad(concurrency: 32, RetryBudget);

        var running = load.RunAsync(ClusterScenario.Addressed(events, storybook, mikoshi));
        await load.Answered(1500);
        var joined = await cluster.SpawnMemberAsync();
        var rebalanced = await cluster.WaitForStableMapAsync(TimeSpan.FromSeconds(30));
        var joinedShare = (await cluster.MapOfAsync(joined)).Owners.Count(o => o == joined.SiloEndpoint);
        await load.Answered(6000);
        await cluster.RemoveNodeAsync(cluster.Silos[0]);
        var handedOver = await cluster.WaitForStableMapAsync(TimeSpan.FromSeconds(30));
        await running;

        output.WriteLine($"join settled in {rebalanced.TotalSeconds:0.0} s ({joinedShare} partitions), leave in {handedOver.TotalSeconds:0.0} s; {load.FailedAttempts} attempts failed and were retried");
        Assert.InRange(joinedShare, 1, 1024);
        Assert.Equal(events.Count, load.Outcomes.Count);
        Assert.All(load.Outcomes.Values, o => Assert.True(o.Status is 200 or 429, $"final status {o.Status} after {o.FailedAttempts} failed attempts"));
        await LedgerCheck.AssertConsistentAsync(storybook, events.Where(e => e.App == "storybook"), load.Outcomes);
        await LedgerCheck.AssertConsistentAsync(mikoshi, events.Where(e => e.App == "mikoshi"), load.Outcomes);
    }

    /// <summary>Runs a test's checks; when one fails, every process's last log lines go to the test output.</summary>
    private async Task ExplainedAsync(TestCluster cluster, Func<Task> checks)
    {
        try
        {
            await checks();
        }
        catch
        {
            output.WriteLine(await cluster.DescribeMapsAsync());
            output.WriteLine(cluster.RecentOutput);
            throw;
        }
    }
}
