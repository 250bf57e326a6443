namespace Gamification.Runtime;

/// <summary>One grain's write: its new state and the journal rows to append with it.</summary>
/// <param name="Grain">The grain.</param>
/// <param name="ETag">The ETag the activation read; null when it found no stored state.</param>
/// <param name="PayloadJson">The new state as JSON.</param>
/// <param name="Journal">Rows appended atomically with the state; their idempotency keys are new.</param>
/// <param name="At">When the write was made.</param>
public sealed record StateWrite(GrainId Grain, string? ETag, string PayloadJson, IReadOnlyList<JournalEntry> Journal, DateTimeOffset At)
{
    /// <summary>In a cluster, the partition lease the write must still find held, in its own transaction; null for a silo alone.</summary>
    public LeaseFence? Fence { get; init; }
}
