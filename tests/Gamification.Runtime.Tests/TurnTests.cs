namespace Gamification.Runtime.Tests;

public sealed class TurnTests
{
    private readonly TestDeployment _deployment = new();

    [Fact]
    public async Task Concurrent_calls_to_one_grain_run_one_turn_at_a_time()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/alice");

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(counter.Increment)));

        Assert.Equal(0, _deployment.Probe.Overlaps);
        Assert.Equal(1000, await counter.Read());
        Assert.Contains("\"count\":1000", (await _deployment.States.ReadAsync(new GrainId("counter", "default/alice"), default))!.PayloadJson);
    }

    [Fact]
    public async Task Read_only_calls_interleave_with_each_other()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/bob");

        var reads = Enumerable.Range(0, 3).Select(_ => counter.ReadWhenReleased()).ToList();
        await Eventually.TrueAsync(() => _deployment.Probe.ReadersInside == 3, "three read-only turns run at once");
        _deployment.Probe.ReadsReleased.SetResult();

        Assert.All(await Task.WhenAll(reads), count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task A_write_waits_for_running_reads_and_reads_queued_after_it_wait_for_the_write()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/carol");
        var probe = _deployment.Probe;

        var earlyReads = new[] { counter.ReadWhenReleased(), counter.ReadWhenReleased() };
        await Eventually.TrueAsync(() => probe.ReadersInside == 2, "two reads are inside");
        var write = counter.Increment();
        var lateRead = counter.ReadWhenReleased();
        await Eventually.SettleAsync();
        Assert.Equal(0, probe.WritesStarted);
        Assert.Equal(2, probe.ReadersInside);

        probe.ReadsReleased.SetResult();

        Assert.Equal(1, await write);
        Assert.Equal(1, await lateRead);
        Assert.All(await Task.WhenAll(earlyReads), count => Assert.Equal(0, count));
        Assert.Equal(["read", "read", "write", "read"], probe.Entries);
        Assert.Equal(0, probe.Overlaps);
    }

    [Fact]
    public async Task Grain_code_exceptions_reach_the_caller_and_keep_the_activation()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/dave");
        await counter.Increment();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(counter.Fail);

        Assert.Equal("The grain refused.", error.Message);
        Assert.Equal(2, await counter.Increment());
        Assert.Single(_deployment.Probe.Activations);
    }

    [Fact]
    public async Task Grains_call_other_grains_through_the_same_factory()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var relay = silo.Grains.GetGrain<IRelayGrain>("default/erin");

        await relay.IncrementCounter();

        Assert.Equal(2, await relay.IncrementCounter());
        Assert.Equal(2, await silo.Grains.GetGrain<ICounterGrain>("default/erin").Read());
    }

    [Fact]
    public async Task Turns_run_on_the_thread_pool_even_when_the_caller_has_a_synchronization_context()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var callerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new CallerContext());
        try
        {
            Assert.True(await silo.Grains.GetGrain<ICounterGrain>("default/frank").RunsOnThreadPool());
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }
    }

    /// <summary>A context like a UI thread's: everything posted to it runs with it current again.</summary>
    private sealed class CallerContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) => ThreadPool.QueueUserWorkItem(_ =>
        {
            SetSynchronizationContext(this);
            d(state);
        });
    }
}
