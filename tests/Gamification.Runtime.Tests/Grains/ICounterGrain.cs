namespace Gamification.Runtime.Tests;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    /// <summary>Adds and journals the change under <paramref name="idempotencyKey"/>.</summary>
    Task<int> Add(int amount, string idempotencyKey);

    [ReadOnly]
    Task<int> Read();

    /// <summary>A read that lasts until the probe releases reads.</summary>
    [ReadOnly]
    Task<int> ReadWhenReleased();

    Task Fail();

    /// <summary>Whether the turn ran with no SynchronizationContext, that is on the thread pool.</summary>
    [ReadOnly]
    Task<bool> RunsOnThreadPool();

    Task Deactivate();
}
