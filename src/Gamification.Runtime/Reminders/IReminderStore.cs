namespace Gamification.Runtime;

/// <summary>Durable reminders, indexed by due time so a silo reads only what falls due soon.</summary>
public interface IReminderStore
{
    /// <summary>Creates the reminder, or replaces the due time and period of the grain's reminder of that name.</summary>
    Task UpsertAsync(ReminderEntry reminder, CancellationToken cancellationToken);

    /// <summary>Removes the grain's reminder <paramref name="name"/>; false when there was none.</summary>
    Task<bool> DeleteAsync(GrainId grain, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="changes"/> in order in one transaction (upserts as <see cref="UpsertAsync"/>,
    /// removals as <see cref="DeleteAsync"/>); throws when any of them did not commit.
    /// </summary>
    Task WriteAsync(IReadOnlyList<ReminderChange> changes, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> reminders of <paramref name="partitions"/> due at or before <paramref name="dueBy"/>, soonest first.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadDueAsync(DateTimeOffset dueBy, IReadOnlyCollection<int> partitions, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a fired reminder's due time to <paramref name="nextDueAt"/>, unless it was changed or
    /// removed since it was read (then false, and the newer registration stands).
    /// </summary>
    Task<bool> AdvanceAsync(ReminderEntry fired, DateTimeOffset nextDueAt, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="AdvanceAsync(ReminderEntry, DateTimeOffset, CancellationToken)"/>, applied only while <paramref name="fence"/>
    /// still holds (false otherwise: the partition's new owner fires the tick). Stores without leases ignore the fence.
    /// </summary>
    Task<bool> AdvanceAsync(ReminderEntry fired, DateTimeOffset nextDueAt, LeaseFence? fence, CancellationToken cancellationToken) =>
        AdvanceAsync(fired, nextDueAt, cancellationToken);
}
