using System.Collections.Concurrent;

namespace Gamification.Runtime.Tests;

/// <summary>A state store a test can hold (commits wait), break (throws), and watch (batches and commits).</summary>
public sealed class ControlledStateStore(IGrainStateStore inner) : IGrainStateStore
{
    private readonly ConcurrentDictionary<GrainId, bool> _committed = new();
    private TaskCompletionSource _open = Opened();
    private int _batchesStarted;

    public bool Down { get; set; }

    public int BatchesStarted => Volatile.Read(ref _batchesStarted);

    public ConcurrentQueue<IReadOnlyList<GrainId>> Batches { get; } = new();

    public bool IsCommitted(GrainId grain) => _committed.ContainsKey(grain);

    /// <summary>Holds every batch from now on until <see cref="Release"/>.</summary>
    public void Hold() => _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _open.TrySetResult();

    public Task<StoredState?> ReadAsync(GrainId grain, CancellationToken cancellationToken) =>
        Down ? throw new IOException("The database is down.") : inner.ReadAsync(grain, cancellationToken);

    public async Task<IReadOnlyList<StateWriteResult>> WriteAsync(IReadOnlyList<StateWrite> batch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _batchesStarted);
        Batches.Enqueue([.. batch.Select(w => w.Grain)]);
        await _open.Task;
        if (Down)
            throw new IOException("The database is down.");
        var results = await inner.WriteAsync(batch, cancellationToken);
        foreach (var (write, result) in batch.Zip(results).Where(p => p.Second.Status == StateWriteStatus.Committed))
            _committed[write.Grain] = true;
        return results;
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource();
        open.SetResult();
        return open;
    }
}
