namespace Gamification.Runtime;

/// <summary>Implemented by grains that register reminders; each tick is delivered as one turn.</summary>
public interface IRemindable : IGrain
{
    /// <summary>Delivers a tick of the reminder <paramref name="reminderName"/>; at least once per due time.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
