using System.Collections.Concurrent;

namespace Gamification.Runtime.Tests;

/// <summary>A reminder store a test can hold (batched writes wait) and watch (each batch of changes).</summary>
public sealed class ControlledReminderStore(IReminderStore inner) : IReminderStore
{
    private TaskCompletionSource _open = Opened();
    private int _batchesStarted;

    public int BatchesStarted => Volatile.Read(ref _batchesStarted);

    public ConcurrentQueue<IReadOnlyList<ReminderChange>> Batches { get; } = new();

    /// <summary>Starts open; holds every batch from <see cref="Hold"/> until <see cref="Release"/>.</summary>
    public void Hold() => _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _open.TrySetResult();

    public Task UpsertAsync(ReminderEntry reminder, CancellationToken cancellationToken) => inner.UpsertAsync(reminder, cancellationToken);

    public Task<bool> DeleteAsync(GrainId grain, string name, CancellationToken cancellationToken) => inner.DeleteAsync(grain, name, cancellationToken);

    public async Task WriteAsync(IReadOnlyList<ReminderChange> changes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _batchesStarted);
        Batches.Enqueue(changes);
        await _open.Task;
        await inner.WriteAsync(changes, cancellationToken);
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadDueAsync(DateTimeOffset dueBy, IReadOnlyCollection<int> partitions, int limit, CancellationToken cancellationToken) =>
        inner.ReadDueAsync(dueBy, partitions, limit, cancellationToken);

    public Task<bool> AdvanceAsync(ReminderEntry fired, DateTimeOffset nextDueAt, CancellationToken cancellationToken) =>
        inner.AdvanceAsync(fired, nextDueAt, cancellationToken);

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource();
        open.SetResult();
        return open;
    }
}
