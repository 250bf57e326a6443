using System.Globalization;

namespace Gamification.Runtime.AdoNet;

/// <summary>Pages of stored grain states by type and key prefix, through the (grain_type, grain_key) index; read-only, activates nothing.</summary>
internal sealed class AdoNetGrainStateQuery(DatabaseDialect dialect) : IGrainStateQuery
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<(GrainId Grain, StoredState State)>> ListAsync(string grainType, string keyPrefix, string? afterKey, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var key = dialect.Ordinal("grain_key");
        // The range bound lets the index seek to the prefix; substr keeps only keys that really start with it.
        var after = afterKey is null ? "" : $"AND {key} > @after_key";
        (string, object)[] parameters = [("@grain_type", grainType), ("@key_prefix", keyPrefix), ("@limit", limit), .. afterKey is null ? [] : new[] { ("@after_key", (object)afterKey) }];
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
            rows.Add((new GrainId(grainType, reader.GetString(0)),
                new StoredState(reader.GetInt64(1).ToString(CultureInfo.InvariantCulture), reader.GetString(2), dialect.ReadTime(reader, 3))));
        }
        return rows;
    }
}
