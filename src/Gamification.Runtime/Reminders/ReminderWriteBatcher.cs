using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>
/// Group commit for reminder registrations: the silo's one reminder writer sends every change queued
/// while it was busy as one transaction, rows ordered by key, and each caller continues only after its
/// change committed. Without it each grain's first award of a day paid a transaction of its own.
/// </summary>
internal sealed class ReminderWriteBatcher(
    IReminderStore store,
    TimeProvider clock,
    RuntimeInstruments instruments,
    IOptions<GrainRuntimeOptions> options,
    ILogger<ReminderWriteBatcher> logger)
{
    private readonly Channel<PendingReminderChange> _pending = Channel.CreateUnbounded<PendingReminderChange>(new() { SingleReader = true });
    private readonly int _maxBatchSize = options.Value.GroupCommitMaxBatchSize;

    /// <summary>Queues <paramref name="change"/>; the task ends once its batch committed.</summary>
    public Task WriteAsync(ReminderChange change)
    {
        var pending = new PendingReminderChange(change);
        return _pending.Writer.TryWrite(pending)
            ? pending.Completion
            : Task.FromException(new GrainUnavailableException(change.Grain, "the silo's reminder writer has stopped"));
    }

    /// <summary>Stops taking changes; <see cref="RunAsync"/> ends after committing what is queued.</summary>
    public void Complete() => _pending.Writer.TryComplete();

    public async Task RunAsync()
    {
        var batch = new List<PendingReminderChange>(_maxBatchSize);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatchSize && _pending.Reader.TryRead(out var change))
                batch.Add(change);
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingReminderChange> batch)
    {
        // Stable sort: one key order in every transaction, and two changes of one reminder keep their queue order.
        var ordered = batch.OrderBy(p => p.Change.Grain.Type, StringComparer.Ordinal)
            .ThenBy(p => p.Change.Grain.Key, StringComparer.Ordinal).ThenBy(p => p.Change.Name, StringComparer.Ordinal).ToList();
        var started = clock.GetTimestamp();
        try
        {
            await store.WriteAsync([.. ordered.Select(p => p.Change)], CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.ReminderBatchFailed(ordered.Count, e);
            if (ordered.Count == 1)
                ordered[0].Fail(e);
            else
                await CommitEachAsync(ordered);
            return;
        }
        instruments.ReminderBatchCommitted(ordered.Count, clock.GetElapsedTime(started));
        ordered.ForEach(p => p.Complete());
    }

    /// <summary>One change's failure (a partition this silo just lost) must not fail the others: each goes alone.</summary>
    private async Task CommitEachAsync(List<PendingReminderChange> changes)
    {
        foreach (var change in changes)
        {
            try
            {
                await store.WriteAsync([change.Change], CancellationToken.None);
                change.Complete();
            }
            catch (Exception e)
            {
                change.Fail(e);
            }
        }
    }
}
