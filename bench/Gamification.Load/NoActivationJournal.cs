using Gamification.Persistence;

namespace Gamification.Load;

/// <summary>A journal whose range reads (a user grain's activation catch-up) answer nothing; lookups by key still work.</summary>
internal sealed class NoActivationJournal(IJournalReader inner) : IJournalReader
{
    public Task<IReadOnlyList<JournalRecord>> ReadAsync(GrainId grain, long afterSequence, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalRecord>>([]);

    public Task<JournalRecord?> FindAsync(GrainId grain, string idempotencyKey, CancellationToken cancellationToken) =>
        inner.FindAsync(grain, idempotencyKey, cancellationToken);
}
