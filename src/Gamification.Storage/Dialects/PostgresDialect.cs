using System.Data.Common;
using Npgsql;

namespace Gamification.Storage;

/// <summary>PostgreSQL: JSON text payloads, timestamptz columns, an advisory lock around migrations, array-bound batch writes.</summary>
internal sealed class PostgresDialect(string connectionString) : DatabaseDialect
{
    // Any fixed number: every silo of the cluster must agree on it. The runtime's value, so old and new silos exclude each other.
    private const long SchemaLockKey = 0x6761_6D69_6669;

    // How long the server lets a session sit idle inside an open transaction before ending it (and its row locks).
    private const int IdleInTransactionTimeoutMs = 5000;

    private readonly NpgsqlDataSource _dataSource = DataSource(connectionString);

    public override string Name => "PostgreSQL";

    public override IReadOnlyList<Migration> Migrations => PostgresSchema.Migrations;

    public override string VersionTable => PostgresSchema.VersionTable;

    public override bool BindsArrays => true;

    // Auto-preparing the few statements the store repeats saves PostgreSQL planning them in every batch (about a third of a batch's time).
    private static NpgsqlDataSource DataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        // The store changes no session state (its advisory lock is transaction-scoped), so resetting a connection on
        // every return to the pool (RESET ALL and two more statements, ~35,000 times in a 15 s load run) buys nothing.
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        // A process paused mid-transaction (SIGSTOP, a long GC) would keep its rows locked, and every other silo's write
        // to them would wait; the server ends such a session instead. The store never idles inside a transaction.
        if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.Options))
            builder.ConnectionStringBuilder.Options = $"-c idle_in_transaction_session_timeout={IdleInTransactionTimeoutMs}";
        return builder.Build();
    }

    public override Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    public override async Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await new SqlStatement("SELECT pg_advisory_xact_lock(@key)", ("@key", SchemaLockKey)).ExecuteAsync(connection, transaction, cancellationToken);

    // The "C" collation compares bytes; the database's default collation may sort by language rules.
    public override string Ordinal(string column) => $"{column} COLLATE \"C\"";

    // Npgsql writes timestamptz only from UTC values.
    public override object Time(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
