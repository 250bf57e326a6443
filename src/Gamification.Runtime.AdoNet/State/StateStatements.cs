namespace Gamification.Runtime.AdoNet;

/// <summary>
/// The statements of one grain's write. Each affects one row when it applies and none when it must
/// not: a stale ETag (conditional UPDATE, or INSERT of a row that exists) or a journal key already stored.
/// </summary>
internal static class StateStatements
{
    public static SqlStatement State(DatabaseDialect dialect, StateWrite write, int partition)
    {
        (string, object)[] values = [.. GrainRowKey.Parameters(write.Grain, partition),
            ("@payload", write.PayloadJson), ("@updated_at", dialect.Time(write.At)), ("@etag", ETagOf(write))];
        if (write.Fence is { } fence)
            return Fenced(dialect, write, [.. values, .. LeaseFenceSql.Parameters(fence)]);
        return write.ETag is null
            ? new SqlStatement($"""
                INSERT INTO grain_state (partition, grain_type, grain_key, etag, payload, updated_at)
                VALUES (@partition, @grain_type, @grain_key, @etag + 1, {dialect.Json("@payload")}, @updated_at)
                ON CONFLICT DO NOTHING
                """, values)
            : new SqlStatement($"""
                UPDATE grain_state SET etag = etag + 1, payload = {dialect.Json("@payload")}, updated_at = @updated_at
                WHERE {GrainRowKey.Where} AND etag = @etag
                """, values);
    }

    /// <summary>The same write, applied only while the silo still holds the partition's lease at the fence's epoch.</summary>
    private static SqlStatement Fenced(DatabaseDialect dialect, StateWrite write, (string, object)[] values) =>
        write.ETag is null
            ? new SqlStatement($"""
                INSERT INTO grain_state (partition, grain_type, grain_key, etag, payload, updated_at)
                SELECT @partition, @grain_type, @grain_key, @etag + 1, {dialect.Json("@payload")}, @updated_at
                WHERE {LeaseFenceSql.Condition}
                ON CONFLICT DO NOTHING
                """, values)
            : new SqlStatement($"""
                UPDATE grain_state SET etag = etag + 1, payload = {dialect.Json("@payload")}, updated_at = @updated_at
                WHERE {GrainRowKey.Where} AND etag = @etag AND {LeaseFenceSql.Condition}
                """, values);

    /// <summary>Appends one row numbered after the grain's last; the grain's state row lock keeps the numbering race-free.</summary>
    public static SqlStatement Journal(DatabaseDialect dialect, StateWrite write, int partition, JournalEntry entry) =>
        new($"""
            INSERT INTO grain_journal (partition, grain_type, grain_key, seq, idempotency_key, kind, payload, created_at)
            SELECT @partition, @grain_type, @grain_key, COALESCE(MAX(seq), 0) + 1, @idempotency_key, @kind, {dialect.Json("@payload")}, @created_at
            FROM grain_journal WHERE {GrainRowKey.Where}
            ON CONFLICT DO NOTHING
            """,
            [.. GrainRowKey.Parameters(write.Grain, partition),
                ("@idempotency_key", entry.IdempotencyKey), ("@kind", entry.Kind), ("@payload", entry.PayloadJson), ("@created_at", dialect.Time(entry.At))]);

    /// <summary>The ETag stored after the write commits: the stored version plus one.</summary>
    public static string NextETag(StateWrite write) => (ETagOf(write) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The stored version a write names: 0 when its activation found no state.</summary>
    public static long ETagOf(StateWrite write) => write.ETag is null ? 0 : long.Parse(write.ETag, System.Globalization.CultureInfo.InvariantCulture);
}
