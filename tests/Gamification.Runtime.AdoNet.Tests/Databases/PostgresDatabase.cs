using System.Data.Common;
using Gamification.Testing;
using Npgsql;

namespace Gamification.Runtime.AdoNet.Tests;

/// <summary>A fresh database on the shared throwaway PostgreSQL server, one per test class.</summary>
public sealed class PostgresDatabase : ITestDatabase, IAsyncLifetime
{
    public SqlDialect Dialect => SqlDialect.PostgreSql;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() => ConnectionString = await CreateEmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public Task<string> CreateEmptyAsync() => PostgresServer.CreateDatabaseAsync("adonet");

    public DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);
}
