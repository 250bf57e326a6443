using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Gamification.Testing;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Orleans.Storage;

namespace Gamification.Storage.Tests;

public abstract partial class StorageSuite
{
    private const int GrainCount = 200;
    private const int AwardsPerGrain = 10;

    [Fact]
    public async Task A_silo_migrates_an_empty_database_at_start_and_two_thousand_awards_over_two_hundred_grains_commit_in_shared_batches()
    {
        var empty = await database.CreateEmptyAsync();
        using var host = Silo(empty);
        using var listener = new MeterListener();
        var batchSizes = ListenToBatchSizes(listener, host.Services.GetRequiredService<IMeterFactory>());
        await host.StartAsync();
        var factory = host.Services.GetRequiredService<IGrainFactory>();

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, GrainCount).SelectMany(g => Enumerable.Range(0, AwardsPerGrain).Select(
            a => factory.GetGrain<ILedgerGrain>($"app/user-{g:000}").Award($"user-{g:000}/event-{a}", a + 1))));
        clock.Stop();
        await host.StopAsync();

        var sizes = batchSizes.ToList();
        output.WriteLine($"{GrainCount * AwardsPerGrain} awards in {clock.ElapsedMilliseconds} ms = {GrainCount * AwardsPerGrain / clock.Elapsed.TotalSeconds:F0} awards/s; "
            + $"{sizes.Count} batches, mean {sizes.Average():F1}, max {sizes.Max()}");
        Assert.True(sizes.Max() > 1, "writes of different grains should share batches under load");
        Assert.Equal(GrainCount * AwardsPerGrain, sizes.Sum());
        Assert.Equal(GrainCount, await ScalarAsync("SELECT COUNT(*) FROM grain_state WHERE grain_type = 'ledger'", empty));
        Assert.Equal(GrainCount, await ScalarAsync($"SELECT COUNT(*) FROM grain_state WHERE grain_type = 'ledger' AND etag = {AwardsPerGrain}", empty));
        Assert.Equal(GrainCount * AwardsPerGrain, await ScalarAsync("SELECT COUNT(DISTINCT idempotency_key) FROM grain_journal WHERE grain_type = 'ledger'", empty));
        Assert.Equal(GrainCount, await ScalarAsync($"""
            SELECT COUNT(*) FROM (
                SELECT grain_key FROM grain_journal WHERE grain_type = 'ledger'
                GROUP BY grain_key HAVING MIN(seq) = 1 AND MAX(seq) = {AwardsPerGrain} AND COUNT(*) = {AwardsPerGrain}) contiguous
            """, empty));
        var partitioner = new KeyPartitioner(1024);
        foreach (var table in new[] { "grain_state", "grain_journal" })
        {
            Assert.All(await RowsAsync($"SELECT DISTINCT grain_key, partition FROM {table} WHERE grain_type = 'ledger'", empty),
                row => Assert.Equal(partitioner.GetPartition((string)row[0]), Convert.ToInt32(row[1], System.Globalization.CultureInfo.InvariantCulture)));
        }
        await using var storage = Storage(empty);
        var total = (await storage.GetRequiredService<IGrainStateQuery>().ReadAsync(GrainId.Create("ledger", "app/user-007"), default))!.PayloadJson;
        AssertJson($$"""{"count":{{AwardsPerGrain}},"total":{{AwardsPerGrain * (AwardsPerGrain + 1) / 2}}}""", total);
    }

    [Fact]
    public async Task A_grain_whose_state_another_writer_moved_on_fails_its_write_and_its_next_activation_starts_from_the_stored_state()
    {
        using var host = Silo(database.ConnectionString);
        await host.StartAsync();
        var key = $"app/{Guid.NewGuid():N}";
        var ledger = host.Services.GetRequiredService<IGrainFactory>().GetGrain<ILedgerGrain>(key);
        Assert.Equal(1, await ledger.Award("a-1", 1));
        // Another activation (say, on a silo that took over) writes the grain behind this activation's back.
        var storage = host.Services.GetRequiredKeyedService<IGrainStorage>(StorageProviders.Journaled);
        var elsewhere = new TestGrainState<LedgerState>();
        await storage.ReadStateAsync("state", GrainId.Create("ledger", key), elsewhere);
        elsewhere.State.Total = 100;
        await storage.WriteStateAsync("state", GrainId.Create("ledger", key), elsewhere);

        await Assert.ThrowsAsync<InconsistentStateException>(() => ledger.Award("a-2", 1));
        var total = await ledger.Award("a-2", 1);
        await host.StopAsync();

        Assert.Equal(101, total);
        Assert.Equal(["a-1", "a-2"], await KeysAsync(GrainId.Create("ledger", key)));
    }

    [Fact]
    public async Task A_repeated_award_reaches_the_caller_as_DuplicateJournalEntryException_and_nothing_of_it_is_stored()
    {
        using var host = Silo(database.ConnectionString);
        await host.StartAsync();
        var key = $"app/{Guid.NewGuid():N}";
        var ledger = host.Services.GetRequiredService<IGrainFactory>().GetGrain<ILedgerGrain>(key);
        await ledger.Award("once", 5);

        var duplicate = await Assert.ThrowsAsync<DuplicateJournalEntryException>(() => ledger.Award("once", 5));
        var total = await ledger.Total();
        await host.StopAsync();

        Assert.Equal("once", duplicate.IdempotencyKey);
        Assert.Equal(5, total);
        Assert.Equal("1", (await Query.ReadAsync(GrainId.Create("ledger", key), default))!.ETag);
    }

    [Fact]
    public async Task A_stopping_silo_commits_the_writes_its_grains_make_as_they_deactivate_before_its_writer_ends()
    {
        using var host = Silo(database.ConnectionString);
        await host.StartAsync();
        var app = $"c{Guid.NewGuid():N}";
        var factory = host.Services.GetRequiredService<IGrainFactory>();
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => factory.GetGrain<IClosingGrain>($"{app}/{i}").Touch()));

        await host.StopAsync();

        var closed = await Query.ListAsync(GrainType.Create("closing"), $"{app}/", null, 100, default);
        Assert.Equal(20, closed.Count);
        Assert.All(closed, c => AssertJson("""{"closed":true}""", c.State.PayloadJson));
    }

    private IHost Silo(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddMetrics();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePort.Next(), FreePort.Next(), serviceId: "storage-tests", clusterId: $"c{Guid.NewGuid():N}")
            .AddJournaledStorage(StorageProviders.Journaled, o =>
            {
                o.Invariant = database.Invariant;
                o.ConnectionString = connectionString;
            }));
        return builder.Build();
    }

    private static ConcurrentQueue<int> ListenToBatchSizes(MeterListener listener, IMeterFactory silo)
    {
        var sizes = new ConcurrentQueue<int>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == silo && instrument.Name == GroupCommitInstruments.BatchSizeInstrument)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((_, size, _, _) => sizes.Enqueue(size));
        listener.Start();
        return sizes;
    }
}
