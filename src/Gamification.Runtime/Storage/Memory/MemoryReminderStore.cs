namespace Gamification.Runtime;

/// <summary>Reminders in process memory, with the same due-window and advance rules as the database stores.</summary>
public sealed class MemoryReminderStore(GrainPartitioner partitioner) : IReminderStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId Grain, string Name), ReminderEntry> _reminders = [];

    /// <inheritdoc />
    public Task UpsertAsync(ReminderEntry reminder, CancellationToken cancellationToken)
    {
        lock (_lock)
            _reminders[(reminder.Grain, reminder.Name)] = reminder;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(GrainId grain, string name, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult(_reminders.Remove((grain, name)));
    }

    /// <inheritdoc />
    public Task WriteAsync(IReadOnlyList<ReminderChange> changes, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var change in changes)
            {
                if (change.Registration is { } reminder)
                    _reminders[(change.Grain, change.Name)] = reminder;
                else
                    _reminders.Remove((change.Grain, change.Name));
            }
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadDueAsync(DateTimeOffset dueBy, IReadOnlyCollection<int> partitions, int limit, CancellationToken cancellationToken)
    {
        var owned = partitions.ToHashSet();
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>(
                [.. _reminders.Values.Where(r => r.DueAt <= dueBy && owned.Contains(partitioner.GetPartition(r.Grain))).OrderBy(r => r.DueAt).Take(limit)]);
        }
    }

    /// <inheritdoc />
    public Task<bool> AdvanceAsync(ReminderEntry fired, DateTimeOffset nextDueAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            // Record equality: only the registration that fired moves; a newer one stands.
            if (_reminders.GetValueOrDefault((fired.Grain, fired.Name)) != fired)
                return Task.FromResult(false);
            _reminders[(fired.Grain, fired.Name)] = fired with { DueAt = nextDueAt };
            return Task.FromResult(true);
        }
    }
}
