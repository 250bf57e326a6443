using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>
/// Fires the reminders of the partitions this silo owns. Each poll reads only the rows due within
/// the look-ahead window; each tick is a call to <see cref="IRemindable.ReceiveReminder"/>, after
/// which the due time moves past now (a tick missed during downtime fires once).
/// </summary>
internal sealed class ReminderService(
    IReminderStore store,
    IPartitionOwnership ownership,
    IWriteFence fence,
    PendingTicks pending,
    IGrainFactory grains,
    TimeProvider clock,
    RuntimeInstruments instruments,
    IOptions<GrainRuntimeOptions> options,
    ILogger<ReminderService> logger)
{
    private readonly GrainRuntimeOptions _options = options.Value;
    private readonly List<Task> _deliveries = [];

    public async Task RunAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_options.ReminderPollInterval, clock);
        try
        {
            do
            {
                await PollAsync(stopping);
            }
            while (await timer.WaitForNextTickAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The silo is stopping; ticks not yet delivered stay due and fire after the next start.
        }
        await Task.WhenAll(_deliveries);
    }

    private async Task PollAsync(CancellationToken stopping)
    {
        _deliveries.RemoveAll(d => d.IsCompleted);
        IReadOnlyList<ReminderEntry> due;
        try
        {
            due = await store.ReadDueAsync(clock.GetUtcNow() + _options.ReminderLookAhead, ownership.OwnedPartitions, _options.ReminderPageSize, stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.PollFailed(e);
            return;
        }
        // A reminder whose tick is still waiting or being delivered is skipped; its row is read again once that tick is done.
        foreach (var reminder in due.Where(pending.TryAdd))
            _deliveries.Add(FireAsync(reminder, stopping));
    }

    private async Task FireAsync(ReminderEntry reminder, CancellationToken stopping)
    {
        try
        {
            var wait = reminder.DueAt - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, clock, stopping);
            if (!pending.IsCurrent(reminder))
                return;
            // The lease may have moved while the tick waited: then the partition's new owner fires it.
            if (!fence.TryGet(reminder.Grain, out var lease))
                return;
            var now = clock.GetUtcNow();
            await grains.GetGrain<IRemindable>(reminder.Grain).ReceiveReminder(reminder.Name, new TickStatus(reminder.DueAt, reminder.Period, now));
            instruments.ReminderFired(reminder.Grain);
            await store.AdvanceAsync(reminder, reminder.NextDueAfter(now), lease, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Not delivered, or delivered but not advanced: either way it fires again after restart (at least once).
        }
        catch (Exception e)
        {
            // The row stays due, so the next poll retries the tick.
            instruments.ReminderFailed(reminder.Grain);
            logger.TickFailed(reminder.Grain, reminder.Name, e);
        }
        finally
        {
            pending.Remove(reminder);
        }
    }
}
