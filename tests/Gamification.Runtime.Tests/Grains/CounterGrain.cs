namespace Gamification.Runtime.Tests;

[GrainType("counter")]
public sealed class CounterGrain(TurnProbe probe) : Grain<CounterState>, ICounterGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activations.Enqueue(GrainId);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivations.Enqueue((GrainId, reason));
        return Task.CompletedTask;
    }

    public async Task<int> Increment()
    {
        using var turn = probe.EnterWrite();
        State.Count++;
        await WriteStateAsync();
        return State.Count;
    }

    public async Task<int> Add(int amount, string idempotencyKey)
    {
        using var turn = probe.EnterWrite();
        State.Count += amount;
        await WriteStateAsync([new JournalEntry(idempotencyKey, "added", $$"""{"amount":{{amount}}}""", Clock.GetUtcNow())]);
        return State.Count;
    }

    public async Task<int> Read()
    {
        using var turn = probe.EnterRead();
        await Task.Yield();
        return State.Count;
    }

    public async Task<int> ReadWhenReleased()
    {
        using var turn = probe.EnterRead();
        await probe.ReadsReleased.Task;
        return State.Count;
    }

    public async Task<bool> RunsOnThreadPool()
    {
        await Task.Yield();
        return SynchronizationContext.Current is null;
    }

    public Task Fail() => throw new InvalidOperationException("The grain refused.");

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
