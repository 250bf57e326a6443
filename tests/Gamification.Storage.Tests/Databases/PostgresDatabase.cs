using System.Data.Common;
using Gamification.Testing;
using Npgsql;

namespace Gamification.Storage.Tests;

/// <summary>A fresh database on the shared throwaway PostgreSQL server, one per test class.</summary>
public sealed class PostgresDatabase : ITestDatabase, IAsyncLifetime
{
    public string Invariant => StorageInvariants.Npgsql;

    public string ConnectionString { get; private set; } = "";

    // Nothing listens on port 1; a short timeout keeps the test quick.
    public string UnreachableConnectionString => "Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=2";

    public async Task InitializeAsync() => ConnectionString = await CreateEmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public Task<string> CreateEmptyAsync() => PostgresServer.CreateDatabaseAsync("storage");

    public DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);
}
