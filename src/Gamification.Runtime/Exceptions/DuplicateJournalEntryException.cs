namespace Gamification.Runtime;

/// <summary>A write carried a journal entry whose idempotency key the grain's journal already holds; nothing of it was applied.</summary>
public sealed class DuplicateJournalEntryException : Exception
{
    /// <summary>Creates the exception for <paramref name="grain"/> and the repeated <paramref name="idempotencyKey"/>.</summary>
    public DuplicateJournalEntryException(GrainId grain, string idempotencyKey)
        : base($"The journal of {grain} already holds idempotency key '{idempotencyKey}'; the write was not applied.")
    {
        Grain = grain;
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>The grain whose write was rejected.</summary>
    public GrainId Grain { get; }

    /// <summary>The idempotency key that was already present.</summary>
    public string IdempotencyKey { get; }
}
