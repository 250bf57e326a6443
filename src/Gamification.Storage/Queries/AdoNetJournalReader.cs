using System.Data.Common;

namespace Gamification.Storage;

/// <summary>Reads journal rows by grain, paged by sequence through the primary key, or by idempotency key through its unique index.</summary>
internal sealed class AdoNetJournalReader(DatabaseDialect dialect, KeyPartitioner partitioner) : IJournalReader
{
    private const string Columns = "SELECT seq, idempotency_key, kind, payload, created_at FROM grain_journal";

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalRecord>> ReadAsync(GrainId grain, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return QueryAsync(new SqlStatement($"{Columns} WHERE {GrainRow.Where} AND seq > @after ORDER BY seq LIMIT @limit",
            [.. GrainRow.Of(grain, partitioner).Parameters(), ("@after", afterSequence), ("@limit", limit)]), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<JournalRecord?> FindAsync(GrainId grain, string idempotencyKey, CancellationToken cancellationToken) =>
        (await QueryAsync(new SqlStatement($"{Columns} WHERE {GrainRow.Where} AND idempotency_key = @idempotency_key",
            [.. GrainRow.Of(grain, partitioner).Parameters(), ("@idempotency_key", idempotencyKey)]), cancellationToken))
            .SingleOrDefault();

    private async Task<IReadOnlyList<JournalRecord>> QueryAsync(SqlStatement query, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = query.CreateCommand(connection, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<JournalRecord>();
        while (await reader.ReadAsync(cancellationToken))
            records.Add(Read(reader));
        return records;
    }

    private JournalRecord Read(DbDataReader row) =>
        new(row.GetInt64(0), new JournalEntry(row.GetString(1), row.GetString(2), row.GetString(3), dialect.ReadTime(row, 4)));
}
