using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Gamification.Storage.Orleans;

/// <summary>
/// One silo's reminder registrations, written together: while one statement is in flight the next registrations
/// queue, and the next statement carries all of them (up to the cap). A burst (every new user of a cold silo
/// schedules its midnight reset) then costs a few statements instead of a transaction each.
/// </summary>
/// <remarks>
/// One statement at a time, and a key at most once per statement (a second registration of the same reminder waits
/// for the next), so registrations of one reminder are written in the order they came.
/// </remarks>
internal sealed partial class ReminderUpserts(NpgsqlDataSource database, string serviceId, int maxBatchSize, ILogger logger)
{
    // Rows are inserted in key order so that silos writing overlapping batches lock them in one order.
    private const string Sql = """
        INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
        SELECT @ServiceId, u.GrainId, u.ReminderName, u.StartTime, u.Period, u.GrainHash, floor(random() * 2147483647)::integer
        FROM unnest(@GrainIds, @ReminderNames, @StartTimes, @Periods, @GrainHashes) AS u(GrainId, ReminderName, StartTime, Period, GrainHash)
        ORDER BY u.GrainId, u.ReminderName
        ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
        SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
            Version = CASE WHEN r.Version = 2147483647 THEN 0 ELSE r.Version + 1 END
        RETURNING r.GrainId, r.ReminderName, r.Version
        """;

    private readonly Channel<PendingReminderUpsert> _pending = Channel.CreateUnbounded<PendingReminderUpsert>(new() { SingleReader = true });
    private readonly WriterLoop _loop = new();
    private List<PendingReminderUpsert> _deferred = [];

    /// <summary>Queues the registration; the task ends with the row's new ETag once its statement committed.</summary>
    public Task<string> UpsertAsync(ReminderEntry entry)
    {
        _loop.Start(RunAsync);
        var pending = new PendingReminderUpsert(entry);
        return _pending.Writer.TryWrite(pending)
            ? pending.ETag
            : Task.FromException<string>(new InvalidOperationException("The silo's reminder writer has stopped"));
    }

    /// <summary>Stops taking registrations and returns once the queued ones are written (or failed).</summary>
    public async Task StopAsync()
    {
        _pending.Writer.TryComplete();
        await _loop.Finished();
    }

    private async Task RunAsync()
    {
        while (_deferred.Count > 0 || await _pending.Reader.WaitToReadAsync())
            await WriteAsync(Take());
    }

    // The deferred first (they came earlier), then whatever is queued, each key once.
    private Dictionary<(string Grain, string Name), PendingReminderUpsert> Take()
    {
        var batch = new Dictionary<(string, string), PendingReminderUpsert>();
        var deferred = new List<PendingReminderUpsert>();
        foreach (var pending in _deferred)
        {
            if (batch.Count >= maxBatchSize || !batch.TryAdd(pending.Key, pending))
                deferred.Add(pending);
        }
        while (batch.Count < maxBatchSize && _pending.Reader.TryRead(out var pending))
        {
            if (!batch.TryAdd(pending.Key, pending))
                deferred.Add(pending);
        }
        _deferred = deferred;
        return batch;
    }

    private async Task WriteAsync(Dictionary<(string Grain, string Name), PendingReminderUpsert> batch)
    {
        if (batch.Count == 0)
            return;
        var rows = batch.Values.Select(p => p.Entry).ToList();
        try
        {
            await using var command = database.CreateCommand(Sql);
            command.Parameters.Add(new NpgsqlParameter<string>("ServiceId", serviceId));
            command.Parameters.Add(new NpgsqlParameter<string[]>("GrainIds", [.. batch.Keys.Select(k => k.Grain)]));
            command.Parameters.Add(new NpgsqlParameter<string[]>("ReminderNames", [.. batch.Keys.Select(k => k.Name)]));
            command.Parameters.Add(new NpgsqlParameter<DateTime[]>("StartTimes", [.. rows.Select(r => ReminderTimes.Utc(r.StartAt))]));
            command.Parameters.Add(new NpgsqlParameter<long[]>("Periods", [.. rows.Select(r => (long)r.Period.TotalMilliseconds)]));
            command.Parameters.Add(new NpgsqlParameter<int[]>("GrainHashes", [.. rows.Select(r => unchecked((int)r.GrainId.GetUniformHashCode()))]));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (batch.Remove((reader.GetString(0), reader.GetString(1)), out var written))
                    written.Complete(reader.GetInt32(2).ToString(CultureInfo.InvariantCulture));
            }
        }
        catch (Exception e)
        {
            LogBatchFailed(logger, e, batch.Count);
            foreach (var pending in batch.Values)
                pending.Fail(e);
            return;
        }
        // Every row comes back from an upsert; one that did not is a bug, reported to its caller rather than left hanging.
        foreach (var pending in batch.Values)
            pending.Fail(new InvalidOperationException($"The reminder upsert returned no row for {pending.Key}"));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} reminder registrations failed; their callers see the error")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int count);
}
