using Gamification.Contracts.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace Gamification.Grains.Diagnostics;

/// <summary>
/// Reads Orleans's reminder table (<see cref="IReminderTable"/>, whichever the silo configured) in
/// <see cref="Slices"/> ranges of the hash ring, stopping once <see cref="ScanLimit"/> rows were read, and
/// computes each reminder's next and last tick from its start and period (the table records no ticks).
/// </summary>
[StatelessWorker(1)]
[GrainType(TypeName)]
public sealed class ReminderOverviewGrain(IServiceProvider services, TimeProvider clock) : Grain, IReminderOverviewGrain
{
    public const string TypeName = "reminder-overview";

    /// <summary>At most this many rows are read for one overview; past it the overview says it is incomplete.</summary>
    public const int ScanLimit = 10_000;

    /// <summary>The ring is read in this many ranges, so that a large table is never read at once.</summary>
    public const int Slices = 64;

    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public async Task<ReminderOverview> GetOverview(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var now = clock.GetUtcNow();
        var table = services.GetService<IReminderTable>();
        var (rows, complete) = table is null ? ([], true) : await ReadAsync(table);
        var views = rows.Select(r => View(r, now)).ToList();
        var next = views.Where(v => v.NextDueAt <= now + Hour).OrderBy(v => v.NextDueAt).ToList();
        var last = views.Where(v => v.LastDueAt is { } at && at > now - Hour).OrderByDescending(v => v.LastDueAt).ToList();
        return new ReminderOverview(now, views.Count, next.Count, last.Count, complete, ScanLimit, [.. next.Take(limit)], [.. last.Take(limit)]);
    }

    /// <summary>Ranges (b, b + width], the last one wrapping to 0, so every hash is read exactly once.</summary>
    private static async Task<(List<ReminderEntry> Rows, bool Complete)> ReadAsync(IReminderTable table)
    {
        const ulong width = (1UL << 32) / Slices;
        var rows = new List<ReminderEntry>();
        for (var i = 0; i < Slices; i++)
        {
            var begin = (uint)((ulong)i * width);
            var end = i == Slices - 1 ? 0u : (uint)((ulong)(i + 1) * width);
            var data = await table.ReadRows(begin, end);
            rows.AddRange(data.Reminders);
            if (rows.Count >= ScanLimit)
                return (rows[..ScanLimit], i == Slices - 1 && rows.Count == ScanLimit);
        }
        return (rows, true);
    }

    private static ReminderView View(ReminderEntry entry, DateTimeOffset now)
    {
        var start = new DateTimeOffset(DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc));
        var period = entry.Period;
        DateTimeOffset next;
        DateTimeOffset? last = null;
        if (start > now || period <= TimeSpan.Zero)
        {
            next = start;
            if (start <= now)
                last = start;
        }
        else
        {
            var ticks = (now - start).Ticks / period.Ticks;
            last = start + TimeSpan.FromTicks(ticks * period.Ticks);
            next = last.Value + period;
        }
        return new ReminderView(entry.GrainId.Type.ToString()!, entry.GrainId.Key.ToString()!, entry.ReminderName, start, period.TotalSeconds, next, last);
    }
}
