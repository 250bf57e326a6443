using Npgsql;

namespace Gamification.Testing;

/// <summary>
/// One throwaway PostgreSQL server per test process, and a fresh database per test class on it.
/// Uses the server named by <c>GAMIFICATION_TEST_POSTGRES</c> when set; otherwise starts its own.
/// </summary>
public static class PostgresServer
{
    /// <summary>The environment variable holding a base connection string to an existing server.</summary>
    public const string EnvironmentVariable = "GAMIFICATION_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>Creates a uniquely named empty database and returns a connection string to it.</summary>
    /// <param name="nameHint">Readable part of the name, for example the test class.</param>
    public static async Task<string> CreateDatabaseAsync(string nameHint = "test")
    {
        var builder = new NpgsqlConnectionStringBuilder(await Server.Value);
        var hint = new string([.. nameHint.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30)]);
        var name = $"{hint}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        builder.Database = name;
        return builder.ConnectionString;
    }

    private static Task<string> StartAsync() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? Task.FromResult(configured)
            : LocalPostgresCluster.StartAsync();
}
