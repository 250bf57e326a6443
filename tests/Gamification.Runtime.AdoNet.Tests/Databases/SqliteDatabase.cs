using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Gamification.Runtime.AdoNet.Tests;

/// <summary>Fresh SQLite files in a folder of their own, one folder per test class, deleted afterwards.</summary>
public sealed class SqliteDatabase : ITestDatabase, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gamification-sqlite-").FullName;

    public SqliteDatabase() => ConnectionString = NewFile();

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public string ConnectionString { get; }

    public Task<string> CreateEmptyAsync() => Task.FromResult(NewFile());

    public DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public void Dispose()
    {
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string NewFile() => $"Data Source={Path.Combine(_folder, $"{Guid.NewGuid():N}.db")}";
}
