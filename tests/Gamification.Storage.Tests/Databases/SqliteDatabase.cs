using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Gamification.Storage.Tests;

/// <summary>Fresh SQLite files in a folder of their own, one folder per test class, deleted afterwards.</summary>
public sealed class SqliteDatabase : ITestDatabase, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gamification-storage-").FullName;

    public SqliteDatabase() => ConnectionString = NewFile();

    public string Invariant => StorageInvariants.MicrosoftDataSqlite;

    public string ConnectionString { get; }

    // A file in a folder that does not exist: SQLite cannot create it.
    public string UnreachableConnectionString => $"Data Source={Path.Combine(_folder, "missing", "folder", "state.db")}";

    public Task<string> CreateEmptyAsync() => Task.FromResult(NewFile());

    public DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public void Dispose()
    {
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public string NewPath() => Path.Combine(_folder, $"{Guid.NewGuid():N}.db");

    private string NewFile() => $"Data Source={NewPath()}";
}
