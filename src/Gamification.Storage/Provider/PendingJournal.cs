using System.Text.Json;

namespace Gamification.Storage;

/// <summary>The journal rows a state carries, taken and checked before the write joins a batch.</summary>
internal static class PendingJournal
{
    /// <summary>
    /// A copy of the rows <paramref name="state"/> carries (none unless it is <see cref="IJournaledState"/>), so the grain may
    /// clear its list while the write is queued. Refuses what the database would refuse, before it can join (and fail) a batch.
    /// </summary>
    public static JournalEntry[] Take(GrainId grain, object? state)
    {
        if (state is not IJournaledState { PendingJournal: { Count: > 0 } pending })
            return [];
        var rows = pending.ToArray();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in rows)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(IJournaledState.PendingJournal));
            if (string.IsNullOrEmpty(entry.IdempotencyKey) || entry.Kind is null || entry.PayloadJson is null)
                throw new ArgumentException($"A journal entry of {grain} lacks its idempotency key, kind or payload.", nameof(state));
            // The same key twice in one write can never commit: report it as the duplicate it is.
            if (!keys.Add(entry.IdempotencyKey))
                throw new DuplicateJournalEntryException(grain, entry.IdempotencyKey);
            try
            {
                using var _ = JsonDocument.Parse(entry.PayloadJson);
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"Journal entry '{entry.IdempotencyKey}' of {grain} is not valid JSON.", nameof(state), e);
            }
        }
        return rows;
    }
}
