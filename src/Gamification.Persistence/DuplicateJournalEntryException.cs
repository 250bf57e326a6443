namespace Gamification.Persistence;

/// <summary>
/// A write carried a journal entry whose idempotency key the grain's journal already holds; nothing
/// of it was applied. An <see cref="OrleansException"/>, so Orleans's state bridge passes it through unwrapped.
/// </summary>
[GenerateSerializer, Alias("gamification.duplicate-journal-entry")]
public sealed class DuplicateJournalEntryException : OrleansException
{
    /// <summary>Creates the exception for <paramref name="grain"/> and the repeated <paramref name="idempotencyKey"/>.</summary>
    public DuplicateJournalEntryException(GrainId grain, string idempotencyKey)
        : base($"The journal of {grain} already holds idempotency key '{idempotencyKey}'; the write was not applied.")
    {
        Grain = grain;
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>The grain whose write was rejected.</summary>
    [Id(0)]
    public GrainId Grain { get; }

    /// <summary>The idempotency key that was already present.</summary>
    [Id(1)]
    public string IdempotencyKey { get; }
}
