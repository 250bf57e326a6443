namespace Gamification.Runtime;

/// <summary>Where grain state and journals live. Writes arrive in batches from the silo's one state writer.</summary>
public interface IGrainStateStore
{
    /// <summary>The stored state of <paramref name="grain"/>, or null when it has none yet.</summary>
    Task<StoredState?> ReadAsync(GrainId grain, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="batch"/> in one transaction and returns one result per item, in order.
    /// An item's failure never applies or aborts the others; throws only when the whole batch failed.
    /// </summary>
    Task<IReadOnlyList<StateWriteResult>> WriteAsync(IReadOnlyList<StateWrite> batch, CancellationToken cancellationToken);
}
