using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Gamification.Storage.Tests.Orleans;

/// <summary>
/// What the stock Persistence.AdoNet provider must do on top of a schema's queries: versions as ETags, lost writes
/// reported as <see cref="InconsistentStateException"/>, clear and delete-on-clear, and one row per grain under a race.
/// </summary>
internal static class GrainStorageContract
{
    private const string ContractGrainType = "Gamification.Storage.Tests.Orleans.ContractGrain";

    /// <param name="storage">A provider with DeleteStateOnClear off.</param>
    /// <param name="deleting">A provider on the same tables with DeleteStateOnClear on.</param>
    public static async Task RunAsync(IGrainStorage storage, IGrainStorage deleting)
    {
        var suffix = Guid.NewGuid().ToString("N");
        // A string key, an integer key without and with a key extension (NULL and non-NULL GrainIdExtensionString).
        GrainId[] grains =
        [
            GrainId.Create("contract", $"text-{suffix}"),
            GrainId.Create(GrainType.Create("contract"), GrainIdKeyExtensions.CreateIntegerKey(42)),
            GrainId.Create(GrainType.Create("contract"), GrainIdKeyExtensions.CreateIntegerKey(42, $"ext-{suffix}")),
        ];
        foreach (var grain in grains)
            await VersionsAsync(storage, grain);
        await DeleteOnClearAsync(deleting, GrainId.Create("contract", $"deleting-{suffix}"));
        // The race window is one statement wide: several grains at once make it likelier to be hit.
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => FirstWriteRaceAsync(storage, GrainId.Create("contract", $"race-{i}-{suffix}"))));
    }

    private static async Task VersionsAsync(IGrainStorage storage, GrainId grain)
    {
        var state = await ReadAsync(storage, grain);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(0, state.State?.Total);

        state.State = new OrleansSchemaProbeState { Total = 5 };
        await storage.WriteStateAsync(ContractGrainType, grain, state);
        Assert.Equal("1", state.ETag);
        Assert.True(state.RecordExists);

        var read = await ReadAsync(storage, grain);
        Assert.Equal(5, read.State?.Total);
        Assert.Equal("1", read.ETag);
        Assert.True(read.RecordExists);

        // A second activation that never read the state, and one holding an ETag the row no longer has, both lose.
        var unread = new GrainState<OrleansSchemaProbeState>(new OrleansSchemaProbeState { Total = 9 });
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(ContractGrainType, grain, unread));
        var stale = new GrainState<OrleansSchemaProbeState>(new OrleansSchemaProbeState { Total = 9 }, "7");
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(ContractGrainType, grain, stale));

        state.State = new OrleansSchemaProbeState { Total = 6 };
        await storage.WriteStateAsync(ContractGrainType, grain, state);
        Assert.Equal("2", state.ETag);

        await storage.ClearStateAsync(ContractGrainType, grain, state);
        Assert.Equal("3", state.ETag);
        Assert.False(state.RecordExists);
        var cleared = await ReadAsync(storage, grain);
        Assert.Equal("3", cleared.ETag);
        Assert.False(cleared.RecordExists);
        Assert.Equal(0, cleared.State?.Total);

        cleared.State = new OrleansSchemaProbeState { Total = 7 };
        await storage.WriteStateAsync(ContractGrainType, grain, cleared);
        Assert.Equal("4", cleared.ETag);
        Assert.Equal(7, (await ReadAsync(storage, grain)).State?.Total);
    }

    private static async Task DeleteOnClearAsync(IGrainStorage deleting, GrainId grain)
    {
        var state = await ReadAsync(deleting, grain);
        state.State = new OrleansSchemaProbeState { Total = 1 };
        await deleting.WriteStateAsync(ContractGrainType, grain, state);
        Assert.Equal("1", state.ETag);
        await deleting.ClearStateAsync(ContractGrainType, grain, state);
        Assert.Null(state.ETag);
        var gone = await ReadAsync(deleting, grain);
        Assert.Null(gone.ETag);
        Assert.False(gone.RecordExists);
        gone.State = new OrleansSchemaProbeState { Total = 2 };
        await deleting.WriteStateAsync(ContractGrainType, grain, gone);
        Assert.Equal("1", gone.ETag);
    }

    // Activations of one grain racing to write it first: exactly one wins, and the grain keeps one row (a second row
    // would make every later read fail).
    private static async Task FirstWriteRaceAsync(IGrainStorage storage, GrainId grain)
    {
        var attempts = Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await storage.WriteStateAsync(ContractGrainType, grain, new GrainState<OrleansSchemaProbeState>(new OrleansSchemaProbeState { Total = i }));
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        });
        var won = await Task.WhenAll(attempts);
        Assert.Equal(1, won.Count(w => w));
        var read = await ReadAsync(storage, grain);
        Assert.Equal("1", read.ETag);
    }

    private static async Task<GrainState<OrleansSchemaProbeState>> ReadAsync(IGrainStorage storage, GrainId grain)
    {
        var state = new GrainState<OrleansSchemaProbeState>(new OrleansSchemaProbeState());
        await storage.ReadStateAsync(ContractGrainType, grain, state);
        return state;
    }
}
