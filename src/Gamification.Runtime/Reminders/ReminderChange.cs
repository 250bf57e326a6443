namespace Gamification.Runtime;

/// <summary>One registration or removal of a grain's reminder, waiting to be written with others in one transaction.</summary>
/// <param name="Grain">The grain whose reminder changes.</param>
/// <param name="Name">The reminder's name.</param>
/// <param name="Registration">The new schedule; null removes the reminder.</param>
public sealed record ReminderChange(GrainId Grain, string Name, ReminderEntry? Registration)
{
    /// <summary>In a cluster, the partition lease the change must still find held, in its own transaction; null for a silo alone.</summary>
    public LeaseFence? Fence { get; init; }

    /// <summary>Creates the reminder or replaces its schedule.</summary>
    public static ReminderChange Upsert(ReminderEntry reminder) => new(reminder.Grain, reminder.Name, reminder);

    /// <summary>Removes the reminder if it exists.</summary>
    public static ReminderChange Delete(GrainId grain, string name) => new(grain, name, null);
}
