namespace Gamification.Persistence;

/// <summary>Reads a grain's journal, for history views and replayed answers; never on the write path.</summary>
public interface IJournalReader
{
    /// <summary>Up to <paramref name="limit"/> rows of <paramref name="grain"/> after sequence <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<JournalRecord>> ReadAsync(GrainId grain, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>The row of <paramref name="grain"/> with <paramref name="idempotencyKey"/>, or null.</summary>
    Task<JournalRecord?> FindAsync(GrainId grain, string idempotencyKey, CancellationToken cancellationToken);
}
