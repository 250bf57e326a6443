using System.Globalization;
using Gamification.Contracts;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Gamification.Storage;

/// <summary>
/// The Orleans grain storage of this project: a grain's state is one JSON row; a write goes through the group
/// commit, sharing one transaction with other grains' writes, and carries the state's pending journal rows
/// (<see cref="IJournaledState"/>) in the same transaction, so both commit or neither does. The ETag is the
/// stored version, checked in the write's own statement: it is what keeps a stale activation from overwriting.
/// </summary>
/// <remarks>
/// One state per grain: the row is keyed by the grain id alone, so a grain must not keep two states on the same
/// provider. The provider never clears <see cref="IJournaledState.PendingJournal"/>; the grain does, after the write.
/// </remarks>
internal sealed class JournaledGrainStorage(JournaledDatabase database, IActivatorProvider activators, TimeProvider clock)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>
    /// The writer runs from this stage on. Silo shutdown runs the stages in reverse, so the writer stops only after grain
    /// deactivation (far later stage), with every deactivating grain's last write queued, and commits those before it ends.
    /// </summary>
    public const int WriterStage = ServiceLifecycleStage.RuntimeStorageServices;

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        StoredState? stored;
        try
        {
            stored = await database.Store.ReadAsync(Row(grainId), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new StorageUnavailableException(grainId, "reading its state failed", e);
        }
        if (stored is null)
        {
            Reset(grainState);
            return;
        }
        grainState.State = database.Json.Deserialize<T>(stored.PayloadJson) ?? Create<T>();
        grainState.ETag = stored.ETag;
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    /// <remarks>The token is honoured until the write is queued; after that its outcome must be known, so the write is awaited to the end.</remarks>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Taken now, in the grain's turn: state and journal as they are when the grain asked for the write.
        var journal = PendingJournal.Take(grainId, grainState.State);
        var payload = database.Json.Serialize(grainState.State);
        var write = new StateWrite(Row(grainId), StoredVersion(grainId, grainState.ETag), payload, journal, clock.GetUtcNow());
        var version = await database.Writer.WriteAsync(write);
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    /// <remarks>Deletes the state row if it is still at the activation's ETag; the grain's journal rows stay, and its keys stay taken.</remarks>
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        if (StoredVersion(grainId, grainState.ETag) is { } version)
        {
            bool deleted;
            try
            {
                deleted = await database.Store.DeleteAsync(Row(grainId), version, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw new StorageUnavailableException(grainId, "clearing its state failed", e);
            }
            if (!deleted)
                throw Stale(grainId, grainState.ETag);
        }
        Reset(grainState);
    }

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(JournaledGrainStorage)}-{database.Name}", WriterStage,
            _ =>
            {
                database.Writer.Start();
                return Task.CompletedTask;
            },
            _ => database.StopWriterAsync());

    private GrainRow Row(GrainId grain) => GrainRow.Of(grain, database.Partitioner);

    private void Reset<T>(IGrainState<T> grainState)
    {
        grainState.State = Create<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private T Create<T>() => activators.GetActivator<T>().Create();

    /// <summary>The stored version <paramref name="etag"/> names; null for none. An ETag this provider never issued cannot match the row.</summary>
    private static long? StoredVersion(GrainId grain, string? etag) =>
        etag is null ? null
        : long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw Stale(grain, etag);

    private static InconsistentStateException Stale(GrainId grain, string? etag) =>
        new($"The stored state of {grain} is no longer at ETag '{etag}': another activation wrote it since; nothing was changed.", storedEtag: null, currentEtag: etag);
}
