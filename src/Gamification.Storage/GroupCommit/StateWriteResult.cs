namespace Gamification.Storage;

/// <summary>The outcome of one item of a write batch.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="ETag">The new stored version when committed.</param>
/// <param name="DuplicateKey">The repeated idempotency key when a journal entry was a duplicate.</param>
/// <param name="Error">What the database said when it refused the write.</param>
internal sealed record StateWriteResult(StateWriteStatus Status, long? ETag = null, string? DuplicateKey = null, Exception? Error = null)
{
    /// <summary>The item's write is rejected because the stored ETag moved on.</summary>
    public static StateWriteResult Stale { get; } = new(StateWriteStatus.StaleETag);

    /// <summary>The item committed at version <paramref name="etag"/>.</summary>
    public static StateWriteResult Committed(long etag) => new(StateWriteStatus.Committed, etag);

    /// <summary>The item is rejected because <paramref name="idempotencyKey"/> is already journaled.</summary>
    public static StateWriteResult Duplicate(string idempotencyKey) => new(StateWriteStatus.DuplicateJournalEntry, DuplicateKey: idempotencyKey);

    /// <summary>The database refused the item with <paramref name="error"/>.</summary>
    public static StateWriteResult Failed(Exception error) => new(StateWriteStatus.Failed, Error: error);
}
