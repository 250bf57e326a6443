namespace Gamification.Storage;

/// <summary>Where the group commit sends its batches.</summary>
internal interface IStateBatchStore
{
    /// <summary>
    /// Applies <paramref name="batch"/> in one transaction and returns one result per item, in order.
    /// An item's rejection never applies or aborts the others; throws only when the whole batch failed.
    /// </summary>
    Task<IReadOnlyList<StateWriteResult>> WriteAsync(IReadOnlyList<StateWrite> batch, CancellationToken cancellationToken);
}
