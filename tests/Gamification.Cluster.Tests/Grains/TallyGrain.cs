using Gamification.Runtime;

namespace Gamification.Cluster.Tests;

/// <summary>Counts journaled increments and, as state, the reminder ticks it received, with the silo that served each.</summary>
[GrainType("tally")]
public sealed class TallyGrain(TickLog ticks) : Grain<TallyState>, ITallyGrain, IRemindable
{
    public async Task<int> Add(string idempotencyKey)
    {
        State.Count++;
        await WriteStateAsync([new JournalEntry(idempotencyKey, "added", """{"amount":1}""", Clock.GetUtcNow())]);
        return State.Count;
    }

    public Task<int> Count() => Task.FromResult(State.Count);

    public Task Remind(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminder(name, dueTime, period);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        State.Ticks++;
        await WriteStateAsync();
        ticks.Record(GrainKey, status);
    }
}
