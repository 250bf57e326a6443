using System.Collections.Concurrent;

namespace Gamification.Runtime;

/// <summary>
/// The ticks read from the store and waiting for their due time, one per reminder. Registering or
/// removing a reminder forgets its waiting tick, so a tick of the old schedule is never delivered.
/// </summary>
internal sealed class PendingTicks
{
    private readonly ConcurrentDictionary<(GrainId Grain, string Name), ReminderEntry> _waiting = new();

    /// <summary>Takes the reminder's tick unless one is already waiting.</summary>
    public bool TryAdd(ReminderEntry tick) => _waiting.TryAdd((tick.Grain, tick.Name), tick);

    /// <summary>Whether <paramref name="tick"/> is still the one its reminder waits for.</summary>
    public bool IsCurrent(ReminderEntry tick) => _waiting.TryGetValue((tick.Grain, tick.Name), out var waiting) && waiting == tick;

    public void Remove(ReminderEntry tick) => _waiting.TryRemove(KeyValuePair.Create((tick.Grain, tick.Name), tick));

    public void Forget(GrainId grain, string name) => _waiting.TryRemove((grain, name), out _);
}
