using System.Diagnostics;
using System.Diagnostics.Metrics;
using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Grains.Midnight;
using Gamification.Storage.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Gamification.Load;

/// <summary>
/// #15's reminder scale check: <c>N</c> users' midnight reminders in PostgreSQL, then one silo started on them. Reports
/// the silo's start time, one whole-ring read of the table (the reminder service's refresh), the heap the loaded
/// reminders hold, and how many ticks reach their user grains within a minute of the due time.
/// </summary>
internal static class ReminderScale
{
    public static async Task<string> RunAsync(string connectionString, int reminders, TimeSpan lead, TimeSpan spread)
    {
        var (serviceId, rows) = await UserReminderRowsAsync(connectionString, reminders);
        var dueAt = await CopyAsync(connectionString, serviceId, rows, lead, new MidnightResetOptions { Spread = spread });
        var watch = spread + TimeSpan.FromMinutes(2);
        var refresh = await WholeRingReadAsync(connectionString, serviceId);
        Console.WriteLine($"  {refresh}");

        using var ticks = new ReminderMeters();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var started = Stopwatch.StartNew();
        await using var silo = await GrainDesign.StartAsync(connectionString);
        var startTime = started.Elapsed;
        Console.WriteLine($"  silo started in {startTime.TotalSeconds:F1} s; ticks due from {dueAt:HH:mm:ss} UTC, spread over {spread.TotalSeconds:N0} s as the silo spreads midnight");

        long? heapLoaded = null;
        var (withinMinute, withinSpread) = (-1L, -1L);
        var peakWorkingSet = 0L;
        while (DateTime.UtcNow < dueAt + watch && ticks.Delivered < reminders)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var active = ticks.Active();
            peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            // Once every row is tracked and before the first tick activates a grain, the heap is the reminders'.
            if (heapLoaded is null && active >= reminders && DateTime.UtcNow < dueAt)
                heapLoaded = GC.GetTotalMemory(forceFullCollection: true);
            if (withinMinute < 0 && DateTime.UtcNow >= dueAt + TimeSpan.FromMinutes(1))
                withinMinute = ticks.Delivered;
            if (withinSpread < 0 && DateTime.UtcNow >= dueAt + spread + TimeSpan.FromMinutes(1))
                withinSpread = ticks.Delivered;
            var second = (DateTime.UtcNow - dueAt).TotalSeconds;
            if (second < 0 ? (int)second % 10 == 0 : (int)second % 5 == 0)
                Console.WriteLine($"  t{second:+0;-0} s  tracked {active:N0}  ticks delivered {ticks.Delivered:N0}  working set {Environment.WorkingSet / 1_048_576:N0} MiB");
        }
        var all = DateTime.UtcNow - dueAt;
        var perReminder = heapLoaded is { } loaded ? $"{(loaded - heapBefore) / reminders:N0} B" : "not measured (ticks began before every row was tracked)";
        var heap = heapLoaded is { } total ? $"{perReminder} ({(total - heapBefore) / 1_048_576:N0} MiB in all, the silo's own heap included)" : perReminder;
        return $"{reminders:N0} reminders: silo start {startTime.TotalSeconds:F1} s; {refresh}; managed heap per tracked reminder {heap}; " +
               $"peak working set {peakWorkingSet / 1_048_576:N0} MiB; ticks delivered in the first minute {Reached(withinMinute):N0}, " +
               $"by a minute after the spread's end {Reached(withinSpread):N0}, {ticks.Delivered:N0} after {all.TotalSeconds:F0} s";

        long Reached(long figure) => figure < 0 ? ticks.Delivered : figure;
    }

    /// <summary>The grain ids and hashes of users <c>bench/r0</c>... as a silo computes them (the schema is created on the way).</summary>
    private static async Task<(string ServiceId, GrainId[] Rows)> UserReminderRowsAsync(string connectionString, int reminders)
    {
        await using var silo = await GrainDesign.StartAsync(connectionString);
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var rows = new GrainId[reminders];
        for (var i = 0; i < reminders; i++)
            rows[i] = ((GrainReference)(object)grains.Keyed<IUserProgressGrain>(GrainKeys.User("bench", $"r{i}"))).GrainId;
        return (silo.Services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId, rows);
    }

    private static async Task<DateTime> CopyAsync(string connectionString, string serviceId, GrainId[] rows, TimeSpan lead, MidnightResetOptions spread)
    {
        var copying = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var dueAt = DateTime.UtcNow + lead + TimeSpan.FromSeconds(rows.Length / 50_000);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < rows.Length; i++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(serviceId);
                await writer.WriteAsync(rows[i].ToString());
                await writer.WriteAsync("midnight-reset");
                await writer.WriteAsync(spread.DueAt(new DateTimeOffset(dueAt, TimeSpan.Zero), rows[i]).UtcDateTime);
                await writer.WriteAsync((long)TimeSpan.FromDays(1).TotalMilliseconds);
                await writer.WriteAsync(unchecked((int)rows[i].GetUniformHashCode()));
                await writer.WriteAsync(0);
                if ((i + 1) % 200_000 == 0)
                    Console.WriteLine($"  copied {i + 1:N0}/{rows.Length:N0} reminder rows");
            }
            await writer.CompleteAsync();
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE OrleansRemindersTable", connection))
            await analyze.ExecuteNonQueryAsync();
        Console.WriteLine($"  {rows.Length:N0} rows copied in {copying.Elapsed.TotalSeconds:F1} s");
        return dueAt;
    }

    /// <summary>What one silo owning the whole ring pays at every refresh: a read of every row.</summary>
    private static async Task<string> WholeRingReadAsync(string connectionString, string serviceId)
    {
        await using var table = new PostgresReminderTable(
            Options.Create(new ClusterOptions { ServiceId = serviceId }),
            Options.Create(new PostgresReminderTableOptions { ConnectionString = connectionString }),
            NullLogger<PostgresReminderTable>.Instance);
        await table.ReadRows(0, 0);
        var reading = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var rows = await table.ReadRows(0, 0);
        return $"whole-ring read {rows.Reminders.Count:N0} rows in {reading.Elapsed.TotalSeconds:F2} s, " +
               $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1_048_576:N0} MiB allocated";
    }

    /// <summary>Orleans's own reminder instruments: ticks delivered (a counter) and reminders tracked (a gauge).</summary>
    private sealed class ReminderMeters : IDisposable
    {
        private readonly MeterListener listener = new();
        private long delivered;
        private long active;

        public ReminderMeters()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Microsoft.Orleans" && instrument.Name is "orleans-reminders-ticks-delivered" or "orleans-reminders-active")
                    l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<int>((instrument, value, _, _) =>
            {
                if (instrument.Name == "orleans-reminders-active")
                    Volatile.Write(ref active, value);
                else
                    Interlocked.Add(ref delivered, value);
            });
            listener.Start();
        }

        public long Delivered => Interlocked.Read(ref delivered);

        public long Active()
        {
            listener.RecordObservableInstruments();
            return Volatile.Read(ref active);
        }

        public void Dispose() => listener.Dispose();
    }
}
