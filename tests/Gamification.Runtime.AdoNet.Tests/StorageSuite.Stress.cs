using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gamification.Runtime.AdoNet.Tests;

public abstract partial class StorageSuite
{
    private const int Grains = 200;
    private const int AwardsPerGrain = 10;

    [Fact]
    public async Task Two_thousand_awards_across_two_hundred_grains_commit_in_shared_batches_and_leave_consistent_rows()
    {
        using var host = SiloOn(database.ConnectionString);
        using var listener = new MeterListener();
        var batchSizes = ListenToBatchSizes(listener, host.Services.GetRequiredService<IMeterFactory>());
        await host.StartAsync();
        var factory = host.Services.GetRequiredService<IGrainFactory>();

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Grains).SelectMany(g => Enumerable.Range(0, AwardsPerGrain).Select(
            a => factory.GetGrain<ILedgerGrain>($"app/user-{g:000}").Award($"user-{g:000}/event-{a}", a + 1))));
        clock.Stop();
        await host.StopAsync();

        var sizes = batchSizes.ToList();
        output.WriteLine($"{Grains * AwardsPerGrain} awards in {clock.ElapsedMilliseconds} ms = {Grains * AwardsPerGrain / clock.Elapsed.TotalSeconds:F0} awards/s; "
            + $"{sizes.Count} batches, mean {sizes.Average():F1}, max {sizes.Max()}");
        Assert.True(sizes.Max() > 1, "writes of different grains should share batches under load");
        Assert.Equal(Grains * AwardsPerGrain, sizes.Sum());
        Assert.Equal(Grains, await ScalarAsync("SELECT COUNT(*) FROM grain_state WHERE grain_type = 'ledger'"));
        Assert.Equal(Grains, await ScalarAsync($"SELECT COUNT(*) FROM grain_state WHERE grain_type = 'ledger' AND etag = {AwardsPerGrain}"));
        Assert.Equal(Grains * AwardsPerGrain, await ScalarAsync("SELECT COUNT(DISTINCT idempotency_key) FROM grain_journal WHERE grain_type = 'ledger'"));
        Assert.Equal(Grains, await ScalarAsync($"""
            SELECT COUNT(*) FROM (
                SELECT grain_key FROM grain_journal WHERE grain_type = 'ledger'
                GROUP BY grain_key HAVING MIN(seq) = 1 AND MAX(seq) = {AwardsPerGrain} AND COUNT(*) = {AwardsPerGrain}) contiguous
            """));
        foreach (var table in new[] { "grain_state", "grain_journal" })
            Assert.All(await PartitionsAsync(table, "ledger"), row => Assert.Equal(Partitioner.GetPartition(row.Key), row.Partition));
        var total = (await States.ReadAsync(new GrainId("ledger", "app/user-007"), default))!.PayloadJson;
        AssertJson($$"""{"count":{{AwardsPerGrain}},"total":{{AwardsPerGrain * (AwardsPerGrain + 1) / 2}}}""", total);
    }

    private IHost SiloOn(string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddGrainRuntime().AddGrain<ILedgerGrain, LedgerGrain>();
        builder.Services.AddAdoNetGrainStorage(o =>
        {
            o.Dialect = database.Dialect;
            o.ConnectionString = connectionString;
        });
        return builder.Build();
    }

    private static ConcurrentQueue<int> ListenToBatchSizes(MeterListener listener, IMeterFactory silo)
    {
        var sizes = new ConcurrentQueue<int>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == silo && instrument.Name == "gamification.runtime.storage.batch.size")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((_, size, _, _) => sizes.Enqueue(size));
        listener.Start();
        return sizes;
    }
}
