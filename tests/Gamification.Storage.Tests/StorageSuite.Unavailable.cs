using Orleans.Storage;

namespace Gamification.Storage.Tests;

public abstract partial class StorageSuite
{
    [Fact]
    public async Task Reads_and_writes_against_an_unreachable_database_throw_StorageUnavailableException()
    {
        await using var unreachable = Storage(database.UnreachableConnectionString);
        var grains = unreachable.GetRequiredKeyedService<IGrainStorage>(Provider);
        var grain = NewGrain();
        var state = new TestGrainState<CounterState>(new CounterState { PendingJournal = [Entry("e1")] });

        var write = await Assert.ThrowsAsync<StorageUnavailableException>(() => grains.WriteStateAsync("state", grain, state));
        var read = await Assert.ThrowsAsync<StorageUnavailableException>(() => grains.ReadStateAsync("state", grain, new TestGrainState<CounterState>()));

        Assert.Equal(grain, write.Grain);
        // The driver's failure is named in the message (its exception has no Orleans codec, so it is not carried).
        Assert.Null(write.InnerException);
        Assert.Contains("Exception:", write.Message, StringComparison.Ordinal);
        Assert.Equal(grain, read.Grain);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task A_write_after_the_writer_stopped_throws_StorageUnavailableException()
    {
        await using var storage = Storage(database.ConnectionString);
        await storage.GetRequiredKeyedService<JournaledDatabase>(Provider).StopWriterAsync();

        await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            storage.GetRequiredKeyedService<IGrainStorage>(Provider).WriteStateAsync("state", NewGrain(), new TestGrainState<CounterState>(new CounterState())));
    }
}
