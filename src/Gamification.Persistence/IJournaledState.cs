namespace Gamification.Persistence;

/// <summary>
/// Grain state that carries ledger rows to the store: the journaled storage provider writes
/// <see cref="PendingJournal"/> in the same transaction as the state, or neither.
/// </summary>
public interface IJournaledState
{
    /// <summary>The rows the next write appends; the grain sets them before writing and clears them after.</summary>
    IReadOnlyList<JournalEntry> PendingJournal { get; set; }
}
