namespace Gamification.Runtime;

/// <summary>Reminders in process memory, with the same due-window and advance rules as the database stores.</summary>
public sealed class MemoryReminderStore(GrainPartitioner partitioner) : IReminderStore, IReminderQuery
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId Grain, string Name), ReminderEntry> _reminders = [];
    private readonly Dictionary<(GrainId Grain, string Name), DateTimeOffset> _lastFired = [];

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
        {
            _lastFired.Remove((grain, name));
            return Task.FromResult(_reminders.Remove((grain, name)));
        }
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
                else if (_reminders.Remove((change.Grain, change.Name)))
                    _lastFired.Remove((change.Grain, change.Name));
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
            _lastFired[(fired.Grain, fired.Name)] = fired.DueAt;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<int> CountDueAsync(DateTimeOffset after, DateTimeOffset dueBy, int countLimit, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult(Math.Min(countLimit, _reminders.Values.Count(r => r.DueAt > after && r.DueAt <= dueBy)));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderRow>> ReadDueAsync(DateTimeOffset after, DateTimeOffset dueBy, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderRow>>(
                [.. _reminders.Values.Where(r => r.DueAt > after && r.DueAt <= dueBy).OrderBy(r => r.DueAt).Take(limit).Select(Row)]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderRow>> ReadLastFiredAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderRow>>(
                [.. _lastFired.OrderByDescending(f => f.Value).Take(limit).Select(f => new ReminderRow(_reminders[f.Key], f.Value))]);
        }
    }

    private ReminderRow Row(ReminderEntry reminder) => new(reminder, _lastFired.TryGetValue((reminder.Grain, reminder.Name), out var at) ? at : null);
}
