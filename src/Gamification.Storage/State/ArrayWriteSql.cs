namespace Gamification.Storage;

/// <summary>
/// The three statements of a PostgreSQL write batch. Each binds one array per column, applies the rows
/// whose condition holds and returns the index of each applied row, so a row it did not return is rejected.
/// </summary>
internal static class ArrayWriteSql
{
    /// <summary>Updates the state rows whose stored ETag is still the one their activation read, locking them in the batch's key order.</summary>
    public const string Updates = """
        UPDATE grain_state AS s SET etag = s.etag + 1, payload = w.payload, updated_at = w.updated_at
        FROM unnest(@item, @partition, @grain_type, @grain_key, @etag, @payload, @updated_at)
            AS w(item, partition, grain_type, grain_key, etag, payload, updated_at)
        WHERE s.partition = w.partition AND s.grain_type = w.grain_type AND s.grain_key = w.grain_key AND s.etag = w.etag
        RETURNING w.item
        """;

    /// <summary>Inserts the state rows of grains that had none; a row that exists by now is a stale write.</summary>
    public const string Inserts = """
        WITH w AS (SELECT * FROM unnest(@item, @partition, @grain_type, @grain_key, @etag, @payload, @updated_at)
            AS w(item, partition, grain_type, grain_key, etag, payload, updated_at)),
        written AS (
            INSERT INTO grain_state (partition, grain_type, grain_key, etag, payload, updated_at)
            SELECT w.partition, w.grain_type, w.grain_key, w.etag + 1, w.payload, w.updated_at FROM w
            ON CONFLICT DO NOTHING
            RETURNING partition, grain_type, grain_key)
        SELECT w.item FROM w JOIN written USING (partition, grain_type, grain_key)
        """;

    /// <summary>
    /// Appends journal rows numbered after each grain's last. The statement does not see its own rows, so
    /// a grain's rows are numbered by their ordinal within the write; the state row's lock keeps it race-free.
    /// </summary>
    public const string Journal = """
        WITH j AS (SELECT * FROM unnest(@item, @partition, @grain_type, @grain_key, @ordinal, @idempotency_key, @kind, @payload, @created_at)
            AS j(item, partition, grain_type, grain_key, ordinal, idempotency_key, kind, payload, created_at)),
        written AS (
            INSERT INTO grain_journal (partition, grain_type, grain_key, seq, idempotency_key, kind, payload, created_at)
            SELECT j.partition, j.grain_type, j.grain_key,
                COALESCE((SELECT MAX(g.seq) FROM grain_journal g
                    WHERE g.partition = j.partition AND g.grain_type = j.grain_type AND g.grain_key = j.grain_key), 0) + j.ordinal,
                j.idempotency_key, j.kind, j.payload, j.created_at
            FROM j
            ON CONFLICT DO NOTHING
            RETURNING partition, grain_type, grain_key, idempotency_key)
        SELECT j.item FROM j JOIN written USING (partition, grain_type, grain_key, idempotency_key)
        """;
}
