using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Gamification.Storage.Orleans;

/// <summary>
/// Orleans reminders in a SQLite file (the <c>OrleansReminders</c> table of <see cref="SqliteReminderSchema"/>), for
/// silos that run without PostgreSQL. Rows belong to the cluster's <see cref="ClusterOptions.ServiceId"/>.
/// </summary>
/// <remarks>
/// <para>
/// SQLite has one writer per file at a time. Every write here is one autocommit statement, so the write lock is held
/// for a single row's change; the file is in WAL mode, so readers never wait for it; and a writer that finds the lock
/// taken waits (SQLite's busy timeout, as long as the connection string's <c>Default Timeout</c>) instead of failing.
/// </para>
/// <para>
/// ETags are random 64-bit numbers drawn on every upsert rather than a counter: a reminder deleted and registered again
/// gets an ETag its old incarnation never had, so a stale handle cannot remove the new one.
/// </para>
/// </remarks>
public sealed class SqliteReminderTable : IReminderTable
{
    private const string Columns = "GrainId, ReminderName, StartTimeTicks, PeriodTicks, ETag";

    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly string _serviceId;

    /// <param name="clusterOptions">Its <see cref="ClusterOptions.ServiceId"/> owns the rows this table reads and writes.</param>
    /// <param name="options">The file; its connection string may be in either SQLite library's spelling.</param>
    public SqliteReminderTable(IOptions<ClusterOptions> clusterOptions, IOptions<SqliteReminderTableOptions> options)
    {
        ArgumentNullException.ThrowIfNull(clusterOptions);
        ArgumentNullException.ThrowIfNull(options);
        _serviceId = clusterOptions.Value.ServiceId;
        var builder = new SqliteConnectionStringBuilder(SqliteConnectionStrings.Normalize(options.Value.ConnectionString));
        _connectionString = builder.ToString();
        _busyTimeoutMs = checked(builder.DefaultTimeout * 1000);
    }

    /// <summary>Puts the file in WAL mode and creates the table when it is missing; both are idempotent.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // WAL is a property of the file and cannot be switched inside a transaction, so it is set here, alone.
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var statement in SqliteReminderSchema.Statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc cref="StartAsync"/>
    [Obsolete("Implement and use StartAsync instead")]
    public Task Init() => StartAsync();

    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    public Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken) =>
        ReadAsync(
            $"SELECT {Columns} FROM OrleansReminders WHERE ServiceId = $service AND GrainId = $grain",
            command => command.Parameters.AddWithValue("$grain", grainId.ToString()),
            cancellationToken);

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    /// <summary>The rows whose grain hash is in the ring range (<paramref name="begin"/>, <paramref name="end"/>].</summary>
    /// <remarks>As Orleans's ranges: begin &lt; end is the plain interval, any other pair wraps past zero, and begin = end is the whole ring.</remarks>
    public Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken) =>
        ReadAsync(
            begin < end
                ? $"SELECT {Columns} FROM OrleansReminders WHERE ServiceId = $service AND GrainHash > $begin AND GrainHash <= $end"
                : $"SELECT {Columns} FROM OrleansReminders WHERE ServiceId = $service AND (GrainHash > $begin OR GrainHash <= $end)",
            command =>
            {
                command.Parameters.AddWithValue("$begin", (long)begin);
                command.Parameters.AddWithValue("$end", (long)end);
            },
            cancellationToken);

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRow(grainId, reminderName, CancellationToken.None);

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(
            $"SELECT {Columns} FROM OrleansReminders WHERE ServiceId = $service AND GrainId = $grain AND ReminderName = $name",
            command =>
            {
                command.Parameters.AddWithValue("$grain", grainId.ToString());
                command.Parameters.AddWithValue("$name", reminderName);
            },
            cancellationToken);
        return rows.Reminders.Count == 0 ? null : rows.Reminders[0];
    }

    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    /// <summary>Inserts or replaces the reminder and answers its new ETag.</summary>
    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO OrleansReminders (ServiceId, GrainId, ReminderName, StartTimeTicks, PeriodTicks, GrainHash, ETag)
            VALUES ($service, $grain, $name, $start, $period, $hash, random())
            ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
            SET StartTimeTicks = excluded.StartTimeTicks, PeriodTicks = excluded.PeriodTicks,
                GrainHash = excluded.GrainHash, ETag = excluded.ETag
            RETURNING ETag
            """);
        command.Parameters.AddWithValue("$grain", entry.GrainId.ToString());
        command.Parameters.AddWithValue("$name", entry.ReminderName);
        command.Parameters.AddWithValue("$start", ReminderTimes.Utc(entry.StartAt).Ticks);
        command.Parameters.AddWithValue("$period", entry.Period.Ticks);
        command.Parameters.AddWithValue("$hash", (long)entry.GrainId.GetUniformHashCode());
        var etag = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return etag.ToString(CultureInfo.InvariantCulture);
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    /// <summary>Deletes the reminder only while it still has <paramref name="eTag"/>; false when it had another or none.</summary>
    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken)
    {
        // An ETag this table never issued matches no row.
        if (!long.TryParse(eTag, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expected))
            return false;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "DELETE FROM OrleansReminders WHERE ServiceId = $service AND GrainId = $grain AND ReminderName = $name AND ETag = $etag");
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        command.Parameters.AddWithValue("$name", reminderName);
        command.Parameters.AddWithValue("$etag", expected);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    /// <summary>Deletes this service's reminders (other services sharing the file keep theirs).</summary>
    public async Task TestOnlyClearTable(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "DELETE FROM OrleansReminders WHERE ServiceId = $service");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<ReminderTableData> ReadAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetInt64(4).ToString(CultureInfo.InvariantCulture),
            });
        }
        return new ReminderTableData(entries);
    }

    private SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$service", _serviceId);
        return command;
    }

    // Pooled connections: opening is cheap. The busy timeout is per connection, so every open sets it (a no-op when reused).
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"PRAGMA busy_timeout = {_busyTimeoutMs}", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
