using System.Globalization;

namespace Gamification.Runtime;

/// <summary>Grain state and journals in process memory, with the same ETag and idempotency rules as the database stores.</summary>
public sealed class MemoryGrainStateStore : IGrainStateStore, IJournalReader, IGrainStateQuery
{
    private readonly Lock _lock = new();
    private readonly Dictionary<GrainId, StoredState> _states = [];
    private readonly Dictionary<GrainId, List<JournalRecord>> _journals = [];

    /// <inheritdoc />
    public Task<StoredState?> ReadAsync(GrainId grain, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult(_states.GetValueOrDefault(grain));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StateWriteResult>> WriteAsync(IReadOnlyList<StateWrite> batch, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<StateWriteResult>>([.. batch.Select(Apply)]);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalRecord>> ReadAsync(GrainId grain, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<JournalRecord>>([.. Journal(grain).Where(r => r.Sequence > afterSequence).Take(limit)]);
    }

    /// <inheritdoc />
    public Task<JournalRecord?> FindAsync(GrainId grain, string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult(Journal(grain).FirstOrDefault(r => r.Entry.IdempotencyKey == idempotencyKey));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<(GrainId Grain, StoredState State)>> ListAsync(string grainType, string keyPrefix, string? afterKey, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<(GrainId, StoredState)>>([.. _states
                .Where(s => s.Key.Type == grainType && s.Key.Key.StartsWith(keyPrefix, StringComparison.Ordinal)
                    && (afterKey is null || string.CompareOrdinal(s.Key.Key, afterKey) > 0))
                .OrderBy(s => s.Key.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(s => (s.Key, s.Value))]);
        }
    }

    private StateWriteResult Apply(StateWrite write)
    {
        var current = _states.GetValueOrDefault(write.Grain);
        if (current?.ETag != write.ETag)
            return StateWriteResult.Stale;
        var journal = Journal(write.Grain);
        if (write.Journal.FirstOrDefault(e => journal.Exists(r => r.Entry.IdempotencyKey == e.IdempotencyKey)) is { } repeated)
            return StateWriteResult.Duplicate(repeated.IdempotencyKey);
        var etag = (long.Parse(current?.ETag ?? "0", CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        _states[write.Grain] = new StoredState(etag, write.PayloadJson, write.At);
        journal.AddRange(write.Journal.Select((e, i) => new JournalRecord(journal.Count + i + 1, e)));
        _journals[write.Grain] = journal;
        return StateWriteResult.Committed(etag);
    }

    private List<JournalRecord> Journal(GrainId grain) => _journals.GetValueOrDefault(grain) ?? [];
}
