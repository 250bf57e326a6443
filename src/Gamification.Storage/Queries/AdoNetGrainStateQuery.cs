using System.Globalization;

namespace Gamification.Storage;

/// <summary>Stored grain states read straight from the tables, for listings: read-only, activates nothing.</summary>
internal sealed class AdoNetGrainStateQuery(DatabaseDialect dialect, AdoNetStateStore store, KeyPartitioner partitioner) : IGrainStateQuery
{
    /// <inheritdoc />
    public Task<StoredState?> ReadAsync(GrainId grain, CancellationToken cancellationToken) =>
        store.ReadAsync(GrainRow.Of(grain, partitioner), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<(GrainId Grain, StoredState State)>> ListAsync(GrainType grainType, string keyPrefix, string? afterKey, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        var key = dialect.Ordinal("grain_key");
        // Through the (grain_type, grain_key) index: the range bound lets it seek to the prefix; substr keeps only keys that really start with it.
        var after = afterKey is null ? "" : $"AND {key} > @after_key";
        (string, object)[] parameters = [("@grain_type", grainType.ToString()), ("@key_prefix", keyPrefix), ("@limit", limit),
            .. afterKey is null ? [] : new[] { ("@after_key", (object)afterKey) }];
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = new SqlStatement($"""
            SELECT grain_key, etag, payload, updated_at FROM grain_state
            WHERE grain_type = @grain_type AND {key} >= @key_prefix AND substr(grain_key, 1, length(@key_prefix)) = @key_prefix {after}
            ORDER BY {key} LIMIT @limit
            """, parameters).CreateCommand(connection, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(GrainId, StoredState)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((GrainId.Create(grainType, reader.GetString(0)),
                new StoredState(reader.GetInt64(1).ToString(CultureInfo.InvariantCulture), reader.GetString(2), dialect.ReadTime(reader, 3))));
        }
        return rows;
    }

    /// <inheritdoc />
    public async Task<long> JournalLengthAsync(GrainId grain, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        // Sequences run 1, 2, 3... without gaps (the journal is append-only), so the last one is the length: one seek
        // to the end of the grain's primary-key range instead of counting its rows.
        var last = await new SqlStatement($"SELECT MAX(seq) FROM grain_journal WHERE {GrainRow.Where}", GrainRow.Of(grain, partitioner).Parameters())
            .ScalarAsync(connection, null, cancellationToken);
        return last is null or DBNull ? 0 : Convert.ToInt64(last, CultureInfo.InvariantCulture);
    }
}
