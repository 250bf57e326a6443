using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>Registers and removes reminders on behalf of grain code.</summary>
internal sealed class ReminderRegistry(IReminderStore store, PendingTicks pending, IOptions<GrainRuntimeOptions> options)
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
        await StoreAsync(reminder.Grain, () => store.UpsertAsync(reminder, CancellationToken.None));
        pending.Forget(reminder.Grain, name);
    }

    public async Task UnregisterAsync(GrainId grain, string name)
    {
        await StoreAsync(grain, () => store.DeleteAsync(grain, name, CancellationToken.None));
        pending.Forget(grain, name);
    }

    private static async Task StoreAsync(GrainId grain, Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (Exception e)
        {
            throw new GrainUnavailableException(grain, "its reminder table could not be updated", e);
        }
    }
}
