namespace Gamification.Storage;

/// <summary>How one item of a write batch ended.</summary>
internal enum StateWriteStatus
{
    /// <summary>State and journal rows were committed.</summary>
    Committed,

    /// <summary>The stored ETag differs from the one the write named; nothing was applied.</summary>
    StaleETag,

    /// <summary>A journal idempotency key was already stored for the grain; nothing was applied.</summary>
    DuplicateJournalEntry,

    /// <summary>The database refused this write alone (for example bad data); nothing of it was applied.</summary>
    Failed,
}
