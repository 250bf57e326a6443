using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gamification.Storage.Tests.Orleans;

/// <summary>Applies a statement list the way the storage's migrator does: in one transaction, under its lock.</summary>
internal static class SchemaStatements
{
    // Any fixed number; the tests' own, so concurrent applications in one test exclude each other and nothing else.
    private const long LockKey = 0x6F72_6C65_616E;

    public static async Task ApplyPostgresAsync(string connectionString, IEnumerable<string> statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", LockKey);
            await lockCommand.ExecuteNonQueryAsync();
        }
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection, transaction);
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>WAL first (it cannot change inside a transaction), then the statements in one IMMEDIATE transaction.</summary>
    public static async Task ApplySqliteAsync(string connectionString, IEnumerable<string> statements)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var wal = new SqliteCommand("PRAGMA journal_mode = WAL", connection))
            await wal.ExecuteNonQueryAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        foreach (var statement in statements)
        {
            await using var command = new SqliteCommand(statement, connection, transaction);
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    public static async Task<long> CountPostgresAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static async Task<Dictionary<string, string>> QueriesAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryKey, QueryText FROM OrleansQuery";
        await using var reader = await command.ExecuteReaderAsync();
        var queries = new Dictionary<string, string>();
        while (await reader.ReadAsync())
            queries[reader.GetString(0)] = reader.GetString(1);
        return queries;
    }
}
