namespace Gamification.Runtime.Tests;

/// <summary>A stateless grain that records its reminder ticks.</summary>
[GrainType("alarm")]
public sealed class AlarmGrain(TurnProbe probe) : Grain, IAlarmGrain, IRemindable
{
    public Task Schedule(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminder(name, dueTime, period);

    public Task Cancel(string name) => UnregisterReminder(name);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        probe.Ticks.Enqueue((GrainId, reminderName, status));
        return Task.CompletedTask;
    }
}
