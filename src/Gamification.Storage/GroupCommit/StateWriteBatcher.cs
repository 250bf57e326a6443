using System.Threading.Channels;
using Gamification.Contracts;
using Microsoft.Extensions.Logging;

namespace Gamification.Storage;

/// <summary>
/// Group commit: one storage provider's one state writer. Whenever one of its transaction slots
/// (<see cref="GroupCommitOptions.Concurrency"/>) is free and writes are pending, it sends them all (up to the
/// batch cap) as one transaction, rows ordered by key, so batches grow with load and a lone write waits for
/// nobody. Each caller's task completes with its own outcome after commit.
/// </summary>
internal sealed class StateWriteBatcher(
    IStateBatchStore store,
    GroupCommitOptions options,
    TimeProvider clock,
    GroupCommitInstruments instruments,
    ILogger logger) : IAsyncDisposable
{
    private readonly Channel<PendingStateWrite> _pending = Channel.CreateUnbounded<PendingStateWrite>(new() { SingleReader = true });
    private readonly int _maxBatchSize = options.MaxBatchSize;
    private readonly TimeSpan _maxWait = options.MaxWait;
    private readonly int _concurrency = options.Concurrency;
    private readonly WriterLoop _loop = new();

    /// <summary>Queues <paramref name="write"/>; the task ends with the new stored version once its batch committed.</summary>
    public Task<long> WriteAsync(StateWrite write)
    {
        Start();
        var pending = new PendingStateWrite(write, clock.GetTimestamp());
        return _pending.Writer.TryWrite(pending)
            ? pending.Completion
            : Task.FromException<long>(new StorageUnavailableException(write.Row.Grain, "the silo's state writer has stopped"));
    }

    /// <summary>Starts the writer if it is not running yet: at silo start, or on the first write where there is no silo (tests, tools).</summary>
    public void Start() => _loop.Start(RunAsync);

    /// <summary>Stops taking writes and returns once what was queued has committed (or failed).</summary>
    public async Task StopAsync()
    {
        _pending.Writer.TryComplete();
        await _loop.Finished();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task RunAsync()
    {
        // Batches in flight together never share a grain (an activation awaits its one write before the next, and a silo
        // holds one activation per grain), so their row locks are disjoint; batches of different silos lock in one key order.
        using var slots = new SemaphoreSlim(_concurrency);
        var inFlight = new List<Task>(_concurrency);
        while (await _pending.Reader.WaitToReadAsync())
        {
            await slots.WaitAsync();
            var batch = new List<PendingStateWrite>(_maxBatchSize);
            Take(batch);
            if (_maxWait > TimeSpan.Zero && batch.Count < _maxBatchSize)
            {
                await Task.Delay(_maxWait, clock);
                Take(batch);
            }
            inFlight.RemoveAll(commit => commit.IsCompleted);
            inFlight.Add(CommitAsync(batch, slots));
        }
        await Task.WhenAll(inFlight);
    }

    private void Take(List<PendingStateWrite> batch)
    {
        while (batch.Count < _maxBatchSize && _pending.Reader.TryRead(out var write))
            batch.Add(write);
    }

    private async Task CommitAsync(List<PendingStateWrite> batch, SemaphoreSlim slots)
    {
        try
        {
            if (batch.Count > 0)
                await CommitAsync(batch);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task CommitAsync(List<PendingStateWrite> batch)
    {
        // Off the writer's loop: building and sending one batch overlaps with taking the next.
        await Task.Yield();
        // Stable order: one key order in every transaction keeps batches (of this silo and others) from deadlocking in the database.
        var ordered = batch.OrderBy(p => p.Write.Row.Type, StringComparer.Ordinal).ThenBy(p => p.Write.Row.Key, StringComparer.Ordinal).ToList();
        var started = clock.GetTimestamp();
        IReadOnlyList<StateWriteResult> results;
        try
        {
            results = await store.WriteAsync([.. ordered.Select(p => p.Write)], CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.BatchFailed(ordered.Count, e);
            instruments.WritesFailed(ordered.Count, "unavailable");
            ordered.ForEach(p => p.Fail(e));
            return;
        }
        instruments.BatchCommitted(ordered.Count, clock.GetElapsedTime(started));
        for (var i = 0; i < ordered.Count; i++)
        {
            if (results[i].Status != StateWriteStatus.Committed)
                instruments.WritesFailed(1, results[i].Status.ToString());
            if (results[i].Status == StateWriteStatus.StaleETag)
                logger.StaleWriteRefused(ordered[i].Write.Row.Grain.ToString(), ordered[i].Write.ETag);
            ordered[i].Complete(results[i]);
            instruments.WriteCompleted(clock.GetElapsedTime(ordered[i].EnqueuedAt));
        }
    }
}
