using Gamification.Runtime;
using Xunit.Abstractions;

namespace Gamification.Cluster.Tests;

public sealed class FencingTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_silo_that_stops_heartbeating_loses_its_partitions_and_its_late_writes_are_fenced_out()
    {
        await using var cluster = await Cluster.StartAsync(3);
        await Cluster.SettleAsync(cluster.Silos, SettleLimit);
        var key = $"app/{Guid.NewGuid():N}";
        var paused = Cluster.OwnerOf(cluster.Silos, key)!;
        for (var i = 1; i <= 3; i++)
            await paused.Grains.GetGrain<ITallyGrain>(key).Add($"{key}/{i}");

        paused.Faults.SuspendHeartbeat();
        var others = cluster.Silos.Where(s => s != paused).ToList();
        var failover = await Cluster.SettleAsync(others, SettleLimit);
        output.WriteLine($"failover (fast timings): {failover.TotalMilliseconds:0} ms");

        // The paused silo still believes it holds the partition, as a SIGSTOPped process would on waking.
        Assert.True(paused.Directory.HoldsLease(new GrainPartitioner(Cluster.Partitions).GetPartition(key)));
        await Assert.ThrowsAsync<GrainUnavailableException>(() => paused.Grains.GetGrain<ITallyGrain>(key).Add($"{key}/late"));
        Assert.Equal([$"{key}/1", $"{key}/2", $"{key}/3"], (await Ledger.JournalAsync(cluster.ConnectionString, key)).Select(r => r.Key));
        Assert.Equal(4, await Cluster.OwnerOf(others, key)!.Grains.GetGrain<ITallyGrain>(key).Add($"{key}/4"));

        paused.Faults.ResumeHeartbeat();
        await Cluster.SettleAsync(cluster.Silos, SettleLimit);
        Assert.Equal(5, await Cluster.OwnerOf(cluster.Silos, key)!.Grains.GetGrain<ITallyGrain>(key).Add($"{key}/5"));
        var journal = await Ledger.JournalAsync(cluster.ConnectionString, key);
        Assert.Equal([1L, 2, 3, 4, 5], journal.Select(r => r.Seq));
        Assert.DoesNotContain($"{key}/late", journal.Select(r => r.Key));
    }

    [Fact]
    public async Task Hammering_one_grain_from_every_silo_while_its_lease_moves_never_lets_two_activations_commit()
    {
        await using var cluster = await Cluster.StartAsync(3);
        await Cluster.SettleAsync(cluster.Silos, SettleLimit);
        var key = $"app/{Guid.NewGuid():N}";
        const int Workers = 6;
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();

        var hammer = Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var idempotencyKey = $"{key}/{w}/{i}";
                await AddWithRetriesAsync(cluster.Silos, key, idempotencyKey, w);
                acknowledged.Add(idempotencyKey);
            }
        })));
        // Pause whichever silo holds the grain, twice, while the calls go on; then let it rejoin.
        var owners = new List<SiloAddress>();
        for (var move = 0; move < 2; move++)
        {
            await Task.Delay(300);
            var owner = Cluster.OwnerOf(cluster.Silos, key)!;
            owner.Faults.SuspendHeartbeat();
            await Cluster.SettleAsync([.. cluster.Silos.Where(s => s != owner)], SettleLimit);
            owners.Add(Cluster.OwnerOf(cluster.Silos.Where(s => s != owner), key)!.Address);
            owner.Faults.ResumeHeartbeat();
            await Cluster.SettleAsync(cluster.Silos, SettleLimit);
        }
        await stop.CancelAsync();
        await hammer;

        var journal = await Ledger.JournalAsync(cluster.ConnectionString, key);
        Assert.Equal(2, owners.Count);
        Assert.NotEmpty(acknowledged);
        Assert.Equal(Enumerable.Range(1, acknowledged.Count).Select(i => (long)i), journal.Select(r => r.Seq));
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), journal.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(acknowledged.Count, await Ledger.StoredCountAsync(cluster.ConnectionString, key));
    }

    [Fact]
    public async Task With_default_timings_every_partition_of_a_silent_silo_moves_within_lease_expiry_and_a_few_heartbeats()
    {
        var defaults = new ClusterOptions();
        await using var cluster = await Cluster.StartAsync(3, _ => { });
        await Cluster.SettleAsync(cluster.Silos, TimeSpan.FromSeconds(60));
        var silent = cluster.Silos[1];

        silent.Faults.SuspendHeartbeat();
        var survivors = cluster.Silos.Where(s => s != silent).ToList();
        var failover = await Cluster.OwnedAsync(survivors, TimeSpan.FromSeconds(60));
        var balanced = failover + await Cluster.SettleAsync(survivors, TimeSpan.FromSeconds(60));

        output.WriteLine($"defaults (heartbeat {defaults.HeartbeatPeriod}, lease {defaults.LeaseDuration}, dead after {defaults.DeadAfter}): every partition owned again after {failover.TotalSeconds:0.0} s, balanced after {balanced.TotalSeconds:0.0} s");
        // Expiry after the last renewal, then free through one tick and taken on the next; one more period of scheduling slack.
        Assert.InRange(failover, TimeSpan.Zero, defaults.LeaseDuration + 3 * defaults.HeartbeatPeriod);
    }

    private static async Task AddWithRetriesAsync(IReadOnlyList<ClusterSilo> silos, string key, string idempotencyKey, int worker)
    {
        for (var attempt = worker; ; attempt++)
        {
            try
            {
                await silos[attempt % silos.Count].Grains.GetGrain<ITallyGrain>(key).Add(idempotencyKey);
                return;
            }
            catch (DuplicateJournalEntryException)
            {
                return;
            }
            catch (Exception e) when (e is PartitionMovedException or GrainUnavailableException or InconsistentStateException)
            {
                await Task.Delay(5);
            }
        }
    }
}
