namespace Gamification.Storage;

/// <summary>One grain's write: its new state and the journal rows to append with it, or neither.</summary>
/// <param name="Row">The grain's row key.</param>
/// <param name="ETag">The stored version the activation read; null when it found no state row.</param>
/// <param name="PayloadJson">The new state as JSON.</param>
/// <param name="Journal">Rows appended atomically with the state; their idempotency keys must be new for the grain.</param>
/// <param name="At">When the write was made.</param>
internal sealed record StateWrite(GrainRow Row, long? ETag, string PayloadJson, IReadOnlyList<JournalEntry> Journal, DateTimeOffset At)
{
    /// <summary>The version the write names in its condition: 0 for a grain with no state row yet.</summary>
    public long StoredVersion => ETag ?? 0;

    /// <summary>The version stored once the write commits.</summary>
    public long NextVersion => StoredVersion + 1;
}
