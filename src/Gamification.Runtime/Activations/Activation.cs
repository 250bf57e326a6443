using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>One grain in memory on this silo: its instance, its turn gate, and its life from activation to deactivation.</summary>
internal sealed class Activation
{
    [ThreadStatic]
    private static Activation? t_constructing;

    // The gate starts held: the activation's first turn is activating itself, and calls queue behind it.
    private readonly TurnGate _gate = new(heldByWriter: true);
    private readonly GrainClass _class;
    private Grain? _grain;
    private ActivationStatus _status;
    private ExceptionDispatchInfo? _activationFailure;
    // Boxed: rarely set, and held inline it would cost every activation 16 bytes more.
    private StrongBox<DeactivationReason>? _pendingDeactivation;
    private long _lastUsedTicks;

    public Activation(GrainId grainId, GrainClass grainClass, GrainRuntime runtime)
    {
        GrainId = grainId;
        Runtime = runtime;
        _class = grainClass;
        Touch();
    }

    /// <summary>The activation whose grain is being constructed on this thread; the grain's base constructor binds to it.</summary>
    public static Activation Constructing => t_constructing
        ?? throw new InvalidOperationException("Grains are created by the runtime on their first call; ask IGrainFactory for a reference instead.");

    public GrainId GrainId { get; }

    public GrainRuntime Runtime { get; }

    /// <summary>The grain's own logger, named after its class.</summary>
    public ILogger Logger => _class.Logger(Runtime.LoggerFactory);

    public DateTimeOffset LastUsed => new(Volatile.Read(ref _lastUsedTicks), TimeSpan.Zero);

    public async Task ActivateAsync()
    {
        try
        {
            _grain = CreateGrain();
            await _grain.LoadStateAsync();
            await _grain.OnActivateAsync(CancellationToken.None);
            _status = ActivationStatus.Active;
            Runtime.Instruments.Activated(GrainId);
            Runtime.Logger.Activated(GrainId);
        }
        catch (Exception e)
        {
            _activationFailure = ExceptionDispatchInfo.Capture(e);
            End();
            Runtime.Logger.ActivationFailed(GrainId, e);
        }
        finally
        {
            _gate.Exit(readOnly: false);
        }
    }

    /// <summary>Runs one call as a turn; Ran is false when the activation ended while the call waited, so the caller retries.</summary>
    public async Task<(bool Ran, object? Result)> InvokeAsync(GrainMethod method, object?[] arguments)
    {
        Touch();
        await _gate.EnterAsync(method.IsReadOnly);
        try
        {
            _activationFailure?.Throw();
            return _status == ActivationStatus.Active ? (true, await method.Invoke(_grain!, arguments)) : (false, null);
        }
        finally
        {
            Touch();
            await EndTurnAsync(method.IsReadOnly);
        }
    }

    /// <summary>Ends the activation once the current turn is over; the next call activates the grain afresh.</summary>
    public void DeactivateAfterTurn(DeactivationReason reason) => _pendingDeactivation ??= new(reason);

    public async Task DeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _gate.EnterAsync(readOnly: false);
        try
        {
            if (_status == ActivationStatus.Active)
                await EndAsync(reason, cancellationToken);
        }
        finally
        {
            _gate.Exit(readOnly: false);
        }
    }

    /// <summary>Deactivates the activation if nothing used it after <paramref name="idleSince"/> and no call is running or waiting.</summary>
    public async Task<bool> TryCollectAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        if (LastUsed > idleSince || !_gate.TryEnterIdle())
            return false;
        try
        {
            if (_status != ActivationStatus.Active || LastUsed > idleSince)
                return false;
            await EndAsync(new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Unused since {LastUsed:O}."), cancellationToken);
            return true;
        }
        finally
        {
            _gate.Exit(readOnly: false);
        }
    }

    private async Task EndTurnAsync(bool readOnly)
    {
        if (_pendingDeactivation is { Value: var reason } && _status == ActivationStatus.Active)
        {
            // Read-only turns share the activation with each other, so it ends in a writer turn of its own.
            if (readOnly)
                _ = DeactivateAsync(reason, CancellationToken.None);
            else
                await EndAsync(reason, CancellationToken.None);
        }
        _gate.Exit(readOnly);
    }

    private async Task EndAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            await _grain!.OnDeactivateAsync(reason, cancellationToken);
        }
        catch (Exception e)
        {
            Runtime.Logger.DeactivationFailed(GrainId, e);
        }
        End();
        Runtime.Instruments.Deactivated(GrainId, reason);
        Runtime.Logger.Deactivated(GrainId, reason.ReasonCode, reason.Description);
    }

    private void End()
    {
        _status = ActivationStatus.Deactivated;
        Runtime.Catalog.Remove(this);
    }

    private Grain CreateGrain()
    {
        t_constructing = this;
        try
        {
            return _class.Create(Runtime.Services);
        }
        finally
        {
            t_constructing = null;
        }
    }

    private void Touch() => Volatile.Write(ref _lastUsedTicks, Runtime.Clock.GetUtcNow().UtcTicks);
}
