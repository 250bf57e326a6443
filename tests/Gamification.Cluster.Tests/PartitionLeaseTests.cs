using Gamification.Runtime;
using Xunit.Abstractions;

namespace Gamification.Cluster.Tests;

public sealed class PartitionLeaseTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Three_silos_split_the_partitions_each_held_by_exactly_one()
    {
        await using var cluster = await Cluster.StartAsync(3);

        await Cluster.SettleAsync(cluster.Silos, SettleLimit);

        foreach (var silo in cluster.Silos)
            await silo.Directory.RefreshAsync(CancellationToken.None);
        for (var partition = 0; partition < Cluster.Partitions; partition++)
        {
            var holders = cluster.Silos.Where(s => s.Directory.HoldsLease(partition)).ToList();
            var holder = Assert.Single(holders);
            // Every silo's map names the same owner for every partition.
            Assert.All(cluster.Silos, s => Assert.Equal(holder.Address, s.Directory.OwnerOf(partition)));
        }
        var live = await Ledger.ScalarAsync<long>(cluster.ConnectionString, "SELECT count(DISTINCT owner) FROM partition_leases WHERE expires_at > now()");
        Assert.Equal(3, live);
    }

    [Fact]
    public async Task The_membership_table_lists_every_silo_active_with_its_share_and_load()
    {
        await using var cluster = await Cluster.StartAsync(2);
        await Cluster.SettleAsync(cluster.Silos, SettleLimit);
        await Task.Delay(600);

        var silos = await cluster.Silos[0].Get<IClusterMembershipView>().GetSilosAsync(CancellationToken.None);

        Assert.Equal(2, silos.Count);
        Assert.All(silos, s => Assert.Equal(SiloState.Active, s.State));
        Assert.All(silos, s => Assert.Equal(Cluster.Partitions / 2, s.PartitionsHeld));
        Assert.All(silos, s => Assert.True(s.MemoryBytes > 0));
        Assert.Equal(cluster.Silos.Select(s => s.Address).ToHashSet(), silos.Select(s => s.Address).ToHashSet());
    }

    [Fact]
    public async Task A_joining_silo_takes_its_share_and_a_leaving_one_hands_over_with_state_flushed()
    {
        await using var cluster = await Cluster.StartAsync(2);
        await Cluster.SettleAsync(cluster.Silos, SettleLimit);
        var keys = Enumerable.Range(0, 60).Select(i => $"app/join-{Guid.NewGuid():N}").ToList();
        foreach (var key in keys)
            await Cluster.OwnerOf(cluster.Silos, key)!.Grains.GetGrain<ITallyGrain>(key).Add($"{key}/1");

        var joined = await cluster.AddSiloAsync();
        var joinTime = await Cluster.SettleAsync(cluster.Silos, SettleLimit);
        output.WriteLine($"join settled in {joinTime.TotalMilliseconds:0} ms");
        Assert.InRange(joined.Directory.OwnedPartitions.Count, Cluster.Partitions / 3, Cluster.Partitions / 3 + 1);
        foreach (var key in keys)
            Assert.Equal(2, await Cluster.OwnerOf(cluster.Silos, key)!.Grains.GetGrain<ITallyGrain>(key).Add($"{key}/2"));

        var leaving = cluster.Silos[0];
        await leaving.StopAsync();
        var remaining = cluster.Silos.Skip(1).ToList();
        var leaveTime = await Cluster.SettleAsync(remaining, SettleLimit);
        output.WriteLine($"leave settled in {leaveTime.TotalMilliseconds:0} ms");

        foreach (var key in keys)
        {
            Assert.Equal(2, await Ledger.StoredCountAsync(cluster.ConnectionString, key));
            Assert.Equal(3, await Cluster.OwnerOf(remaining, key)!.Grains.GetGrain<ITallyGrain>(key).Add($"{key}/3"));
        }
        var state = await Ledger.ScalarAsync<string>(cluster.ConnectionString, $"SELECT status FROM silo_membership WHERE silo_id = '{leaving.Address}'");
        Assert.Equal(nameof(SiloState.Stopped), state);
    }

    [Fact]
    public async Task A_silo_asked_for_a_grain_of_a_partition_it_does_not_hold_refuses_naming_the_owner()
    {
        await using var cluster = await Cluster.StartAsync(2);
        await Cluster.SettleAsync(cluster.Silos, SettleLimit);
        var key = $"app/{Guid.NewGuid():N}";
        var owner = Cluster.OwnerOf(cluster.Silos, key)!;
        var other = cluster.Silos.Single(s => s != owner);
        await other.Directory.RefreshAsync(CancellationToken.None);

        var moved = await Assert.ThrowsAsync<PartitionMovedException>(() => other.Grains.GetGrain<ITallyGrain>(key).Add($"{key}/1"));

        Assert.Equal(owner.Address, moved.Owner);
        Assert.Empty(await Ledger.JournalAsync(cluster.ConnectionString, key));
    }
}
