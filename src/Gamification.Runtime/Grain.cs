using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>
/// The base of every grain class. The runtime creates the instance on the grain's first call
/// (constructor arguments come from the app's services) and runs its calls one turn at a time.
/// </summary>
public abstract class Grain
{
    /// <summary>Binds the grain to the activation the runtime is creating it for.</summary>
    protected Grain() => Activation = Activation.Constructing;

    internal Activation Activation { get; }

    /// <summary>This grain's identity.</summary>
    protected GrainId GrainId => Activation.GrainId;

    /// <summary>This grain's key, for example <c>default/alice</c>.</summary>
    protected string GrainKey => Activation.GrainId.Key;

    /// <summary>References to other grains; calls to them are turns of those grains.</summary>
    protected IGrainFactory GrainFactory => Activation.Runtime.GrainFactory;

    /// <summary>The only clock grain code may read.</summary>
    protected TimeProvider Clock => Activation.Runtime.Clock;

    /// <summary>A logger named after the grain class.</summary>
    protected ILogger Logger => Activation.Logger;

    /// <summary>Runs as the activation's first turn, after the state was loaded.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs as the activation's last turn. State is already written through; nothing needs saving here.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Registers (or reschedules) the durable reminder <paramref name="reminderName"/>, first due after <paramref name="dueTime"/>.</summary>
    protected Task RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        RegisterOrUpdateReminder(reminderName, Clock.GetUtcNow() + dueTime, period);

    /// <summary>Registers (or reschedules) the durable reminder <paramref name="reminderName"/>, first due at <paramref name="firstDueAt"/>.</summary>
    protected Task RegisterOrUpdateReminder(string reminderName, DateTimeOffset firstDueAt, TimeSpan period) =>
        Activation.Runtime.Reminders.RegisterAsync(this, reminderName, firstDueAt, period);

    /// <summary>Removes the reminder <paramref name="reminderName"/>; no further ticks are delivered.</summary>
    protected Task UnregisterReminder(string reminderName) => Activation.Runtime.Reminders.UnregisterAsync(GrainId, reminderName);

    /// <summary>Asks the runtime to deactivate this grain once the current call is over.</summary>
    protected void DeactivateOnIdle() =>
        Activation.DeactivateAfterTurn(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "The grain called DeactivateOnIdle."));

    /// <summary>Loads persistent state before <see cref="OnActivateAsync"/>; stateless grains have none.</summary>
    internal virtual Task LoadStateAsync() => Task.CompletedTask;
}
