using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Gamification.Storage;

/// <summary>
/// SQLite: a WAL-mode file with one writer at a time (write transactions begin IMMEDIATE and wait
/// out the busy timeout), JSON as checked TEXT, times as fixed-width UTC ISO-8601 text so they sort.
/// </summary>
internal sealed class SqliteDialect(string connectionString) : DatabaseDialect
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public override string Name => "SQLite";

    public override IReadOnlyList<Migration> Migrations => SqliteSchema.Migrations;

    public override string VersionTable => SqliteSchema.VersionTable;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await new SqlStatement("PRAGMA busy_timeout = 10000").ExecuteAsync(connection, null, cancellationToken);
        return connection;
    }

    // WAL is a property of the file: readers never wait for the writer, and commits append instead of rewriting pages.
    public override Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken) =>
        new SqlStatement("PRAGMA journal_mode = WAL").ExecuteAsync(connection, null, cancellationToken);

    // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for deferred: the write lock is taken up front, so writers never deadlock upgrading.
    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    // BEGIN IMMEDIATE already excludes every other writer of the file, migrators included.
    public override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // SQLite's default BINARY collation already compares bytes.
    public override string Ordinal(string column) => column;

    public override object Time(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    // Pooled SQLite connections belong to Microsoft.Data.Sqlite; there is nothing of ours to release.
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
