namespace Gamification.Runtime;

/// <summary>Reads reminders for operators (the dashboard) through the due-time and last-fired indexes; never a whole table, never on a tick's path.</summary>
public interface IReminderQuery
{
    /// <summary>How many reminders fall due after <paramref name="after"/> and at or before <paramref name="dueBy"/>, counted up to <paramref name="countLimit"/>.</summary>
    Task<int> CountDueAsync(DateTimeOffset after, DateTimeOffset dueBy, int countLimit, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> reminders due after <paramref name="after"/> and at or before <paramref name="dueBy"/>, soonest first.</summary>
    Task<IReadOnlyList<ReminderRow>> ReadDueAsync(DateTimeOffset after, DateTimeOffset dueBy, int limit, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> reminders that have fired, the most recently fired first.</summary>
    Task<IReadOnlyList<ReminderRow>> ReadLastFiredAsync(int limit, CancellationToken cancellationToken);
}
