using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Gamification.Storage.Orleans;

/// <summary>
/// Orleans reminders in PostgreSQL's <c>OrleansRemindersTable</c> (the stock Reminders.AdoNet table, created by
/// <see cref="OrleansPostgresSchema"/>), with registrations written in batches by <see cref="ReminderUpserts"/>:
/// the stock table spends a transaction on each, which a cold silo's burst of new users turns into its bottleneck.
/// </summary>
/// <remarks>
/// A new row's ETag (its <c>Version</c>) is drawn at random and every update adds one, so a reminder deleted and
/// registered again does not take the ETag a stale handle holds (the stock table starts every row at 0).
/// </remarks>
public sealed class PostgresReminderTable : IReminderTable, IAsyncDisposable
{
    private const string Columns = "GrainId, ReminderName, StartTime, Period, Version";

    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;
    private readonly ReminderUpserts _upserts;

    /// <param name="clusterOptions">Its <see cref="ClusterOptions.ServiceId"/> owns the rows this table reads and writes.</param>
    /// <param name="options">The database and the batch cap.</param>
    /// <param name="logger">Where failed batches are reported.</param>
    public PostgresReminderTable(IOptions<ClusterOptions> clusterOptions, IOptions<PostgresReminderTableOptions> options, ILogger<PostgresReminderTable> logger)
    {
        ArgumentNullException.ThrowIfNull(clusterOptions);
        ArgumentNullException.ThrowIfNull(options);
        _serviceId = clusterOptions.Value.ServiceId;
        _database = NpgsqlDataSource.Create(options.Value.ConnectionString);
        _upserts = new ReminderUpserts(_database, _serviceId, options.Value.MaxBatchSize, logger);
    }

    /// <summary>Fails at start, not at the first registration, when the database lacks the table.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _database.CreateCommand($"SELECT {Columns} FROM OrleansRemindersTable LIMIT 0");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Writes the registrations still queued.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _upserts.StopAsync();

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        ReadAsync($"SELECT {Columns} FROM OrleansRemindersTable WHERE ServiceId = @ServiceId AND GrainId = @GrainId",
            command => command.Parameters.Add(new NpgsqlParameter<string>("GrainId", grainId.ToString())));

    /// <summary>The rows whose grain hash is in the ring range (<paramref name="begin"/>, <paramref name="end"/>].</summary>
    /// <remarks>
    /// Hashes are stored as signed integers, and signed order is the unsigned ring cut at another point: the range
    /// wraps in the column's order unless <c>(int)begin &lt; (int)end</c> (begin = end, the whole ring, wraps too).
    /// </remarks>
    public Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var (low, high) = (unchecked((int)begin), unchecked((int)end));
        return ReadAsync(
            low < high
                ? $"SELECT {Columns} FROM OrleansRemindersTable WHERE ServiceId = @ServiceId AND GrainHash > @Begin AND GrainHash <= @End"
                : $"SELECT {Columns} FROM OrleansRemindersTable WHERE ServiceId = @ServiceId AND (GrainHash > @Begin OR GrainHash <= @End)",
            command =>
            {
                command.Parameters.Add(new NpgsqlParameter<int>("Begin", low));
                command.Parameters.Add(new NpgsqlParameter<int>("End", high));
            });
    }

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var rows = await ReadAsync(
            $"SELECT {Columns} FROM OrleansRemindersTable WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName",
            command =>
            {
                command.Parameters.Add(new NpgsqlParameter<string>("GrainId", grainId.ToString()));
                command.Parameters.Add(new NpgsqlParameter<string>("ReminderName", reminderName));
            });
        return rows.Reminders.Count == 0 ? null : rows.Reminders[0];
    }

    /// <summary>Inserts or replaces the reminder, in the next batch, and answers its new ETag.</summary>
    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await _upserts.UpsertAsync(entry);
    }

    /// <summary>Deletes the reminder only while it still has <paramref name="eTag"/>; false when it had another or none.</summary>
    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        // An ETag this table never issued matches no row.
        if (!int.TryParse(eTag, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var version))
            return false;
        await using var command = Command(
            "DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version");
        command.Parameters.Add(new NpgsqlParameter<string>("GrainId", grainId.ToString()));
        command.Parameters.Add(new NpgsqlParameter<string>("ReminderName", reminderName));
        command.Parameters.Add(new NpgsqlParameter<int>("Version", version));
        return await command.ExecuteNonQueryAsync() > 0;
    }

    /// <summary>Deletes this service's reminders (other services sharing the database keep theirs).</summary>
    public async Task TestOnlyClearTable()
    {
        await using var command = Command("DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId");
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _upserts.StopAsync();
        await _database.DisposeAsync();
    }

    private async Task<ReminderTableData> ReadAsync(string sql, Action<NpgsqlCommand> bind)
    {
        await using var command = Command(sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = reader.GetFieldValue<DateTime>(2),
                Period = TimeSpan.FromMilliseconds(reader.GetInt64(3)),
                ETag = reader.GetInt32(4).ToString(CultureInfo.InvariantCulture),
            });
        }
        return new ReminderTableData(entries);
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = _database.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string>("ServiceId", _serviceId));
        return command;
    }
}
