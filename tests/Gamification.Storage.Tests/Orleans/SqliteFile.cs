using Microsoft.Data.Sqlite;

namespace Gamification.Storage.Tests.Orleans;

/// <summary>A SQLite file of the test's own under the temp folder, deleted (with its WAL files) afterwards.</summary>
internal sealed class SqliteFile : IDisposable
{
    public SqliteFile(string hint)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{hint}-{Guid.NewGuid():N}.db");
    }

    public string Path { get; }

    /// <summary>Microsoft.Data.Sqlite's spelling.</summary>
    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the files can go.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
            File.Delete(file);
    }
}
