namespace Gamification.Runtime;

/// <summary>The outcome of one item of a write batch.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="ETag">The new ETag when committed.</param>
/// <param name="DuplicateKey">The repeated idempotency key when a journal entry was a duplicate.</param>
/// <param name="Error">What the database said when it refused the write.</param>
public sealed record StateWriteResult(StateWriteStatus Status, string? ETag = null, string? DuplicateKey = null, Exception? Error = null)
{
    /// <summary>The item's write is rejected because the stored ETag moved on.</summary>
    public static StateWriteResult Stale { get; } = new(StateWriteStatus.StaleETag);

    /// <summary>The item's write is rejected because the silo no longer holds its partition's lease at the fenced epoch.</summary>
    public static StateWriteResult LeaseLost { get; } = new(StateWriteStatus.LeaseLost);

    /// <summary>The item committed at <paramref name="etag"/>.</summary>
    public static StateWriteResult Committed(string etag) => new(StateWriteStatus.Committed, etag);

    /// <summary>The item is rejected because <paramref name="idempotencyKey"/> is already journaled.</summary>
    public static StateWriteResult Duplicate(string idempotencyKey) => new(StateWriteStatus.DuplicateJournalEntry, DuplicateKey: idempotencyKey);

    /// <summary>The database refused the item with <paramref name="error"/>.</summary>
    public static StateWriteResult Failed(Exception error) => new(StateWriteStatus.Failed, Error: error);
}
