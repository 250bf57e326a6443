using System.Collections.Concurrent;

namespace Gamification.Runtime.Tests;

/// <summary>A state store a test can hold (commits wait), break (throws), and watch (batches and commits).</summary>
public sealed class ControlledStateStore(IGrainStateStore inner) : IGrainStateStore
{
    private readonly ConcurrentDictionary<GrainId, bool> _committed = new();
    private TaskCompletionSource _open = Opened();
    private readonly ConcurrentDictionary<GrainId, bool> _inFlight = new();
    private int _batchesStarted;
    private int _batchesInFlight;
    private int _mostBatchesInFlight;
    private int _overlappingWrites;

    /// <summary>How long each batch stays in flight before it reaches the inner store.</summary>
    public TimeSpan CommitDelay { get; set; }

    /// <summary>Writes that arrived while another batch in flight held a write of the same grain.</summary>
    public int OverlappingWrites => Volatile.Read(ref _overlappingWrites);

    public int MostBatchesInFlight => Volatile.Read(ref _mostBatchesInFlight);

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
        var inFlight = Interlocked.Increment(ref _batchesInFlight);
        InterlockedMax(ref _mostBatchesInFlight, inFlight);
        var claimed = batch.Where(w => _inFlight.TryAdd(w.Grain, true)).Select(w => w.Grain).ToList();
        Interlocked.Add(ref _overlappingWrites, batch.Count - claimed.Count);
        try
        {
            await _open.Task;
            if (CommitDelay > TimeSpan.Zero)
                await Task.Delay(CommitDelay, cancellationToken);
            if (Down)
                throw new IOException("The database is down.");
            var results = await inner.WriteAsync(batch, cancellationToken);
            foreach (var (write, result) in batch.Zip(results).Where(p => p.Second.Status == StateWriteStatus.Committed))
                _committed[write.Grain] = true;
            return results;
        }
        finally
        {
            claimed.ForEach(grain => _inFlight.TryRemove(grain, out _));
            Interlocked.Decrement(ref _batchesInFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var current && current != seen)
            seen = current;
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource();
        open.SetResult();
        return open;
    }
}
