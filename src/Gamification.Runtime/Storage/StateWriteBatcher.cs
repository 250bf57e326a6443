using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>
/// Group commit: the silo's one state writer. Whenever one of its transaction slots
/// (<see cref="GrainRuntimeOptions.GroupCommitConcurrency"/>) is free and writes are pending, it sends them
/// all (up to the batch cap) as one transaction, rows ordered by key, so batches grow with load and a
/// lone write waits for nobody. Each caller's task completes with its own outcome after commit.
/// </summary>
internal sealed class StateWriteBatcher(
    IGrainStateStore store,
    TimeProvider clock,
    RuntimeInstruments instruments,
    IOptions<GrainRuntimeOptions> options,
    ILogger<StateWriteBatcher> logger)
{
    private readonly Channel<PendingStateWrite> _pending = Channel.CreateUnbounded<PendingStateWrite>(new() { SingleReader = true });
    private readonly int _maxBatchSize = options.Value.GroupCommitMaxBatchSize;
    private readonly TimeSpan _maxWait = options.Value.GroupCommitMaxWait;
    private readonly int _concurrency = options.Value.GroupCommitConcurrency;

    /// <summary>Queues <paramref name="write"/>; the task ends with the new ETag once its batch committed.</summary>
    public Task<string> WriteAsync(StateWrite write)
    {
        var pending = new PendingStateWrite(write, clock.GetTimestamp());
        return _pending.Writer.TryWrite(pending)
            ? pending.Completion
            : Task.FromException<string>(new GrainUnavailableException(write.Grain, "the silo's state writer has stopped"));
    }

    /// <summary>Stops taking writes; <see cref="RunAsync"/> ends after committing what is queued.</summary>
    public void Complete() => _pending.Writer.TryComplete();

    public async Task RunAsync()
    {
        // Batches in flight together never share a grain (a grain awaits its one write before the next), so their row locks are disjoint and cannot deadlock.
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
        // Stable order: one key order in every transaction keeps batches from deadlocking in the database.
        var ordered = batch.OrderBy(p => p.Write.Grain.Type, StringComparer.Ordinal).ThenBy(p => p.Write.Grain.Key, StringComparer.Ordinal).ToList();
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
            ordered[i].Complete(results[i]);
            instruments.WriteCompleted(clock.GetElapsedTime(ordered[i].EnqueuedAt));
        }
    }
}
