namespace Gamification.Storage.Tests;

/// <summary>Writes its state as it deactivates, as a grain flushing on shutdown does.</summary>
[GrainType("closing")]
public sealed class ClosingGrain([PersistentState("state", StorageProviders.Journaled)] IPersistentState<ClosingState> state) : Grain, IClosingGrain
{
    public Task Touch() => Task.CompletedTask;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        state.State.Closed = true;
        await state.WriteStateAsync(cancellationToken);
    }
}
