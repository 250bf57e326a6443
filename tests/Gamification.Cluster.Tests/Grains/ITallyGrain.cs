using Gamification.Runtime;

namespace Gamification.Cluster.Tests;

/// <summary>A counter whose every increment is journaled under the caller's idempotency key.</summary>
public interface ITallyGrain : IGrainWithStringKey
{
    /// <summary>Adds one and journals it under <paramref name="idempotencyKey"/>; returns the new count.</summary>
    Task<int> Add(string idempotencyKey);

    [ReadOnly]
    Task<int> Count();

    /// <summary>Registers the reminder <paramref name="name"/>, due after <paramref name="dueTime"/>.</summary>
    Task Remind(string name, TimeSpan dueTime, TimeSpan period);
}
