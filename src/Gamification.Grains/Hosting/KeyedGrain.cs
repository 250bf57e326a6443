using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Hosting;

/// <summary>
/// A grain with a string key that reads time only from the silo's <see cref="TimeProvider"/> and
/// schedules reminders by wall-clock time, as the domain speaks of them (midnight, a retry at T).
/// </summary>
public abstract class KeyedGrain : Grain
{
    private string? key;
    private TimeProvider? clock;

    /// <summary>This grain's key, for example <c>mikoshi/alice</c>; cut once per activation.</summary>
    protected string GrainKey => key ??= this.GetPrimaryKeyString();

    /// <summary>This grain's identity, as storage and the ledger know it.</summary>
    protected GrainId GrainId => this.GetGrainId();

    /// <summary>The only clock grain code may read.</summary>
    protected TimeProvider Clock => clock ??= ServiceProvider.GetRequiredService<TimeProvider>();

    /// <summary>A logger named after the grain class.</summary>
    protected ILogger Logger => ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());

    /// <summary>Registers (or reschedules) the reminder <paramref name="name"/>, first due at <paramref name="firstDueAt"/>.</summary>
    protected Task RegisterOrUpdateReminder(string name, DateTimeOffset firstDueAt, TimeSpan period)
    {
        var due = firstDueAt - Clock.GetUtcNow();
        return GrainReminderExtensions.RegisterOrUpdateReminder(this, name, due > TimeSpan.Zero ? due : TimeSpan.Zero, period);
    }

    /// <summary>Registers (or reschedules) the reminder <paramref name="name"/>, first due after <paramref name="dueTime"/>.</summary>
    protected Task RegisterOrUpdateReminder(string name, TimeSpan dueTime, TimeSpan period) =>
        GrainReminderExtensions.RegisterOrUpdateReminder(this, name, dueTime, period);

    /// <summary>Removes the reminder <paramref name="name"/> if it is registered.</summary>
    protected async Task UnregisterReminder(string name)
    {
        if (await GrainReminderExtensions.GetReminder(this, name) is { } reminder)
            await GrainReminderExtensions.UnregisterReminder(this, reminder);
    }
}
