namespace Gamification.Storage;

/// <summary>
/// The per-row statements of one grain's write (SQLite). Each affects one row when it applies and none when it
/// must not: a stale ETag (conditional UPDATE, or INSERT of a row that exists) or a journal key already stored.
/// </summary>
internal static class StateStatements
{
    public static SqlStatement State(DatabaseDialect dialect, StateWrite write)
    {
        (string, object)[] values = [.. write.Row.Parameters(),
            ("@payload", write.PayloadJson), ("@updated_at", dialect.Time(write.At)), ("@etag", write.StoredVersion)];
        return write.ETag is null
            ? new SqlStatement($"""
                INSERT INTO grain_state (partition, grain_type, grain_key, etag, payload, updated_at)
                VALUES (@partition, @grain_type, @grain_key, @etag + 1, @payload, @updated_at)
                ON CONFLICT DO NOTHING
                """, values)
            : new SqlStatement($"""
                UPDATE grain_state SET etag = etag + 1, payload = @payload, updated_at = @updated_at
                WHERE {GrainRow.Where} AND etag = @etag
                """, values);
    }

    /// <summary>Appends one row numbered after the grain's last; the write lock (and the state row's) keeps the numbering race-free.</summary>
    public static SqlStatement Journal(DatabaseDialect dialect, StateWrite write, JournalEntry entry) =>
        new($"""
            INSERT INTO grain_journal (partition, grain_type, grain_key, seq, idempotency_key, kind, payload, created_at)
            SELECT @partition, @grain_type, @grain_key, COALESCE(MAX(seq), 0) + 1, @idempotency_key, @kind, @payload, @created_at
            FROM grain_journal WHERE {GrainRow.Where}
            ON CONFLICT DO NOTHING
            """,
            [.. write.Row.Parameters(),
                ("@idempotency_key", entry.IdempotencyKey), ("@kind", entry.Kind), ("@payload", entry.PayloadJson), ("@created_at", dialect.Time(entry.At))]);
}
