using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime.Tests;

public sealed class GroupCommitTests
{
    private readonly TestDeployment _deployment = new();
    private readonly ControlledStateStore _store;

    public GroupCommitTests() => _store = new ControlledStateStore(_deployment.States);

    [Fact]
    public async Task Writes_queued_while_the_writer_is_busy_share_one_batch_and_each_caller_waits_for_its_commit()
    {
        await using var silo = await StartAsync();

        var (first, rest) = await QueueBehindHeldBatchAsync(silo, 50);
        Assert.False(first.IsCompleted);
        Assert.All(rest, call => Assert.False(call.IsCompleted));
        _store.Release();

        Assert.Equal(1, await first);
        Assert.All(await Task.WhenAll(rest), committedBeforeReturn => Assert.True(committedBeforeReturn));
        var sizes = _store.Batches.Select(b => b.Count).ToList();
        Assert.Equal(1, sizes[0]);
        Assert.True(sizes.Max() > 1, $"batch sizes were {string.Join(", ", sizes)}");
        Assert.Equal(51, sizes.Sum());
        Assert.All(_store.Batches, b => Assert.Equal(b.OrderBy(g => g.Key, StringComparer.Ordinal), b));
    }

    [Fact]
    public async Task Batches_never_exceed_the_configured_size()
    {
        await using var silo = await StartAsync(o => o.GroupCommitMaxBatchSize = 8);

        var (first, rest) = await QueueBehindHeldBatchAsync(silo, 40);
        _store.Release();
        await first;
        await Task.WhenAll(rest);

        var sizes = _store.Batches.Select(b => b.Count).ToList();
        Assert.All(sizes, size => Assert.InRange(size, 1, 8));
        Assert.Equal(8, sizes[1]);
        Assert.Equal(41, sizes.Sum());
    }

    [Fact]
    public async Task A_lone_write_is_sent_at_once()
    {
        await using var silo = await StartAsync();

        Assert.Equal(1, await silo.Grains.GetGrain<ICounterGrain>("default/alone").Increment());

        Assert.Single(Assert.Single(_store.Batches));
    }

    [Fact]
    public async Task Batch_sizes_and_calls_are_reported_on_the_runtime_meter()
    {
        await using var silo = await StartAsync();
        var sizes = new ConcurrentQueue<int>();
        var calls = new ConcurrentQueue<string?>();
        using var listener = new MeterListener();
        var factory = silo.Get<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == "Gamification.Runtime")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) =>
        {
            if (instrument.Name == "gamification.runtime.storage.batch.size")
                sizes.Enqueue(value);
        });
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            if (instrument.Name == "gamification.runtime.calls")
                calls.Enqueue(tags.ToArray().Single(t => t.Key == "grain.method").Value as string);
        });
        listener.Start();

        var (first, rest) = await QueueBehindHeldBatchAsync(silo, 20);
        _store.Release();
        await first;
        await Task.WhenAll(rest);

        Assert.Equal(21, sizes.Sum());
        Assert.True(sizes.Max() > 1);
        Assert.Equal(21, calls.Count(m => m == "ICounterGrain.Increment"));
    }

    [Fact]
    public async Task With_two_transaction_slots_a_second_batch_is_sent_while_the_first_is_still_in_flight()
    {
        await using var silo = await StartAsync(o => o.GroupCommitConcurrency = 2);

        _store.Hold();
        var first = silo.Grains.GetGrain<ICounterGrain>("default/000").Increment();
        await Eventually.TrueAsync(() => _store.BatchesStarted == 1, "the first batch reaches the store");
        var second = silo.Grains.GetGrain<ICounterGrain>("default/001").Increment();
        await Eventually.TrueAsync(() => _store.BatchesStarted == 2, "a second batch is sent beside the held one");
        var third = silo.Grains.GetGrain<ICounterGrain>("default/002").Increment();
        await Eventually.SettleAsync();

        Assert.Equal(2, _store.BatchesStarted);
        Assert.False(first.IsCompleted || second.IsCompleted || third.IsCompleted);
        _store.Release();
        var counts = await Task.WhenAll(first, second, third);
        Assert.All(counts, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Batches_in_flight_together_never_share_a_grain_and_no_increment_is_lost()
    {
        await using var silo = await StartAsync(o => o.GroupCommitConcurrency = 4);
        _store.CommitDelay = TimeSpan.FromMilliseconds(2);

        // Hold a lone first batch so the others are sure to go out beside it, however the threads are scheduled.
        _store.Hold();
        var opening = silo.Grains.GetGrain<ICounterGrain>("default/0").Increment();
        await Eventually.TrueAsync(() => _store.BatchesStarted == 1, "the first batch reaches the store");
        var calls = Enumerable.Range(1, 399).Select(i => silo.Grains.GetGrain<ICounterGrain>($"default/{i % 8}").Increment()).ToList();
        await Eventually.TrueAsync(() => _store.BatchesStarted >= 2, "a second batch is sent beside the held one");
        _store.Release();
        await opening;
        await Task.WhenAll(calls);

        Assert.Equal(0, _store.OverlappingWrites);
        Assert.True(_store.MostBatchesInFlight > 1, $"at most {_store.MostBatchesInFlight} batch was in flight");
        var totals = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => silo.Grains.GetGrain<ICounterGrain>($"default/{i}").Read()));
        Assert.All(totals, total => Assert.Equal(50, total));
    }

    // One slot: the batching tests above describe how a single writer fills its next batch behind a held one.
    private Task<TestSilo> StartAsync(Action<GrainRuntimeOptions>? configure = null) =>
        _deployment.StartSiloAsync(o =>
        {
            o.GroupCommitConcurrency = 1;
            configure?.Invoke(o);
        }, s => s.AddSingleton<IGrainStateStore>(_store));

    /// <summary>Holds the writer on one batch, then queues <paramref name="count"/> writes of other grains behind it.</summary>
    private async Task<(Task<int> First, List<Task<bool>> Queued)> QueueBehindHeldBatchAsync(TestSilo silo, int count)
    {
        _store.Hold();
        var first = silo.Grains.GetGrain<ICounterGrain>("default/000").Increment();
        await Eventually.TrueAsync(() => _store.BatchesStarted == 1, "the first batch reaches the store");
        var rest = Enumerable.Range(1, count).Select(i => IncrementAndCheckCommittedAsync(silo, $"default/{i:000}")).ToList();
        await Eventually.TrueAsync(() => _deployment.Probe.WritesStarted == count + 1, "every write is queued");
        await Eventually.SettleAsync();
        return (first, rest);
    }

    private async Task<bool> IncrementAndCheckCommittedAsync(TestSilo silo, string key)
    {
        await silo.Grains.GetGrain<ICounterGrain>(key).Increment();
        return _store.IsCommitted(new GrainId("counter", key));
    }
}
