using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>Registers and removes reminders on behalf of grain code, through the silo's reminder group commit.</summary>
internal sealed class ReminderRegistry(ReminderWriteBatcher writer, PendingTicks pending, IWriteFence fence, IOptions<GrainRuntimeOptions> options)
{
    public async Task RegisterAsync(Grain grain, string name, DateTimeOffset firstDueAt, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (grain is not IRemindable)
            throw new InvalidOperationException($"{grain.GetType().Name} registers reminder '{name}' but does not implement IRemindable.");
        var minimum = options.Value.MinimumReminderPeriod;
        if (period < minimum)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"A reminder period must be at least {minimum} (GrainRuntime:MinimumReminderPeriod).");
        var reminder = new ReminderEntry(grain.Activation.GrainId, name, firstDueAt, period);
        await writer.WriteAsync(ReminderChange.Upsert(reminder) with { Fence = fence.For(reminder.Grain) });
        pending.Forget(reminder.Grain, name);
    }

    public async Task UnregisterAsync(GrainId grain, string name)
    {
        await writer.WriteAsync(ReminderChange.Delete(grain, name) with { Fence = fence.For(grain) });
        pending.Forget(grain, name);
    }
}
