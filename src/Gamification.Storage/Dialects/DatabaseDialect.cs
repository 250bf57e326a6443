using System.Data.Common;

namespace Gamification.Storage;

/// <summary>What differs between PostgreSQL and SQLite: connections, schema, JSON and time columns, locking.</summary>
internal abstract class DatabaseDialect : IAsyncDisposable
{
    /// <summary>The dialect <paramref name="invariant"/> names, on <paramref name="connectionString"/>; the options validator has vouched for both.</summary>
    public static DatabaseDialect Create(string invariant, string connectionString) =>
        StorageInvariants.IsPostgres(invariant)
            ? new PostgresDialect(connectionString)
            : new SqliteDialect(SqliteConnectionStrings.Normalize(connectionString));

    /// <summary>The dialect's name in logs.</summary>
    public abstract string Name { get; }

    /// <summary>The schema, one migration per version, oldest first.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Creates the schema_version table if it is missing.</summary>
    public abstract string VersionTable { get; }

    /// <summary>Whether a statement can bind an array per column, so a batch's rows go in a few statements instead of one each.</summary>
    public virtual bool BindsArrays => false;

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Sets database-wide settings, once per migration and outside any transaction.</summary>
    public abstract Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Begins a write transaction that holds the lock the dialect needs to keep writers apart.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serializes schema migrations across silos, inside <paramref name="transaction"/>.</summary>
    public abstract Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>The text <paramref name="column"/> compared and sorted by code point, as ordinal string comparison does.</summary>
    public abstract string Ordinal(string column);

    public abstract object Time(DateTimeOffset value);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}
