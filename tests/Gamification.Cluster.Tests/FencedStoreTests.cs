using Gamification.Runtime;
using Gamification.Runtime.AdoNet;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gamification.Cluster.Tests;

/// <summary>The fence at the store: one group-commit batch over several partitions, each write checked against its own lease.</summary>
public sealed class FencedStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly SiloAddress Holder = new(new Uri("http://127.0.0.1:31001/"), 1);
    private static readonly SiloAddress Taker = new(new Uri("http://127.0.0.1:31002/"), 2);
    private readonly GrainPartitioner _partitioner = new(Cluster.Partitions);
    private ServiceProvider _services = null!;
    private string _connectionString = "";

    private IClusterStore Leases => _services.GetRequiredService<IClusterStore>();

    public async Task InitializeAsync()
    {
        var connectionString = _connectionString = await PostgresServer.CreateDatabaseAsync("fenced");
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(_partitioner)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Noon))
            .AddAdoNetGrainStorage(o =>
            {
                o.Dialect = SqlDialect.PostgreSql;
                o.ConnectionString = connectionString;
            })
            .AddAdoNetClustering(o => o.SiloEndpoint = Holder.Endpoint)
            .BuildServiceProvider();
        foreach (var initializer in _services.GetServices<IStorageInitializer>())
            await initializer.InitializeAsync(CancellationToken.None);
        await Leases.PrepareAsync(Cluster.Partitions, CancellationToken.None);
        await Leases.RegisterAsync(Holder, Noon, CancellationToken.None);
        await Leases.RegisterAsync(Taker, Noon, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task One_batch_commits_the_writes_whose_leases_hold_and_refuses_the_one_whose_lease_moved()
    {
        var grains = DistinctPartitions(3);
        var epochs = await AcquireAsync(Holder, grains);
        // The third grain's partition moves to another silo, at a higher epoch.
        await Leases.ReleaseAsync(Holder, [Partition(grains[2])], CancellationToken.None);
        await AcquireAsync(Taker, [grains[2]]);

        var results = await _services.GetRequiredService<IGrainStateStore>().WriteAsync(
            [.. grains.Select(g => Write(g, new LeaseFence(Holder.ToString(), epochs[Partition(g)])))], CancellationToken.None);

        Assert.Equal([StateWriteStatus.Committed, StateWriteStatus.Committed, StateWriteStatus.LeaseLost], results.Select(r => r.Status));
        Assert.NotNull(await Store.ReadAsync(grains[0], CancellationToken.None));
        Assert.Null(await Store.ReadAsync(grains[2], CancellationToken.None));
        Assert.Empty(await _services.GetRequiredService<IJournalReader>().ReadAsync(grains[2], 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_stale_etag_under_a_held_lease_stays_a_stale_etag()
    {
        var grain = DistinctPartitions(1)[0];
        var epochs = await AcquireAsync(Holder, [grain]);
        var fence = new LeaseFence(Holder.ToString(), epochs[Partition(grain)]);
        await Store.WriteAsync([Write(grain, fence)], CancellationToken.None);

        var again = await Store.WriteAsync([Write(grain, fence)], CancellationToken.None);

        Assert.Equal(StateWriteStatus.StaleETag, Assert.Single(again).Status);
    }

    [Fact]
    public async Task Reminder_changes_and_advances_under_a_lost_lease_are_refused()
    {
        var grain = DistinctPartitions(1)[0];
        var epochs = await AcquireAsync(Holder, [grain]);
        var fence = new LeaseFence(Holder.ToString(), epochs[Partition(grain)]);
        var reminders = _services.GetRequiredService<IReminderStore>();
        var reminder = new ReminderEntry(grain, "daily", Noon, TimeSpan.FromDays(1));
        await reminders.WriteAsync([ReminderChange.Upsert(reminder) with { Fence = fence }], CancellationToken.None);
        await Leases.ReleaseAsync(Holder, [Partition(grain)], CancellationToken.None);
        await AcquireAsync(Taker, [grain]);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            reminders.WriteAsync([ReminderChange.Delete(grain, "daily") with { Fence = fence }], CancellationToken.None));
        Assert.False(await reminders.AdvanceAsync(reminder, Noon.AddDays(1), fence, CancellationToken.None));
        var due = await reminders.ReadDueAsync(Noon, [Partition(grain)], 10, CancellationToken.None);
        Assert.Equal(Noon, Assert.Single(due).DueAt);
    }

    [Fact]
    public async Task A_session_frozen_holding_an_expired_lease_locked_is_ended_so_another_silo_takes_the_lease()
    {
        var partition = Partition(DistinctPartitions(1)[0]);
        var lease = TimeSpan.FromMilliseconds(300);
        var held = Assert.Single(await Leases.AcquireAsync(Holder, [partition], lease, CancellationToken.None));
        // The holder's session stops mid-transaction with its fence lock on the lease row, as a silo frozen halfway through a batch.
        await using var frozen = new NpgsqlConnection(_connectionString);
        await frozen.OpenAsync();
        await using var transaction = await frozen.BeginTransactionAsync();
        await using (var fence = new NpgsqlCommand("SELECT epoch FROM partition_leases WHERE partition = @p FOR KEY SHARE", frozen, transaction))
        {
            fence.Parameters.AddWithValue("p", partition);
            await fence.ExecuteScalarAsync();
        }

        // Skipped while locked; ended once the lease has been expired for a lease's length, then taken.
        var taken = await Eventually.ValueAsync(async () => await Leases.AcquireAsync(Taker, [partition], lease, CancellationToken.None), t => t.Count > 0);

        Assert.Equal(held.Epoch + 1, Assert.Single(taken).Epoch);
        await using var after = new NpgsqlCommand("SELECT 1", frozen, transaction);
        await Assert.ThrowsAnyAsync<Exception>(() => after.ExecuteScalarAsync());
    }

    private IGrainStateStore Store => _services.GetRequiredService<IGrainStateStore>();

    private int Partition(GrainId grain) => _partitioner.GetPartition(grain);

    private async Task<Dictionary<int, long>> AcquireAsync(SiloAddress silo, IReadOnlyList<GrainId> grains)
    {
        var acquired = await Leases.AcquireAsync(silo, [.. grains.Select(Partition)], TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(grains.Count, acquired.Count);
        return acquired.ToDictionary(a => a.Partition, a => a.Epoch);
    }

    private List<GrainId> DistinctPartitions(int count) => [.. Enumerable.Range(0, 1000)
        .Select(_ => new GrainId("tally", $"app/{Guid.NewGuid():N}")).DistinctBy(Partition).Take(count)];

    private static StateWrite Write(GrainId grain, LeaseFence fence) =>
        new(grain, null, """{"count":1}""", [new JournalEntry($"{grain.Key}/1", "added", """{"amount":1}""", Noon)], Noon) { Fence = fence };
}
