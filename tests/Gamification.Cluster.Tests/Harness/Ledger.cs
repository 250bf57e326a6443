using Npgsql;

namespace Gamification.Cluster.Tests;

/// <summary>Reads a tally grain's journal and state straight from the database.</summary>
public static class Ledger
{
    public static async Task<List<(long Seq, string Key)>> JournalAsync(string connectionString, string grainKey)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT seq, idempotency_key FROM grain_journal WHERE grain_type = 'tally' AND grain_key = @key ORDER BY seq", connection);
        command.Parameters.AddWithValue("key", grainKey);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        return rows;
    }

    public static async Task<int> StoredCountAsync(string connectionString, string grainKey) =>
        await ScalarAsync<int>(connectionString, "SELECT COALESCE((SELECT (payload->>'count')::int FROM grain_state WHERE grain_type = 'tally' AND grain_key = @key), 0)", grainKey);

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, string? key = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (key is not null)
            command.Parameters.AddWithValue("key", key);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
