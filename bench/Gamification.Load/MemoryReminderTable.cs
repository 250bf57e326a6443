using System.Collections.Concurrent;
using System.Globalization;

namespace Gamification.Load;

/// <summary>
/// Reminders kept in this process (<c>grains-no-reminders</c>): the design's reminder service runs as usual
/// but registering a reminder costs no database write, so the run shows what those writes cost.
/// </summary>
internal sealed class MemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(GrainId Grain, string Name), ReminderEntry> _rows = new();
    private long _etag;

    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    [Obsolete("Implement and use StartAsync instead")]
    public Task Init() => Task.CompletedTask;

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        Task.FromResult(new ReminderTableData(_rows.Values.Where(r => r.GrainId == grainId).ToList()));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        Task.FromResult(new ReminderTableData(_rows.Values.Where(r => InRange(r.GrainId.GetUniformHashCode(), begin, end)).ToList()));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        Task.FromResult(_rows.TryGetValue((grainId, reminderName), out var row) ? row : null);

    public Task<string?> UpsertRow(ReminderEntry entry)
    {
        var etag = Interlocked.Increment(ref _etag).ToString(CultureInfo.InvariantCulture);
        _rows[(entry.GrainId, entry.ReminderName)] = new ReminderEntry
        {
            GrainId = entry.GrainId, ReminderName = entry.ReminderName, StartAt = entry.StartAt, Period = entry.Period, ETag = etag,
        };
        return Task.FromResult<string?>(etag);
    }

    // Removes the row only while it is still the one with that ETag (the pair must match to be removed).
    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        Task.FromResult(_rows.TryGetValue((grainId, reminderName), out var row) && row.ETag == eTag
            && _rows.TryRemove(new KeyValuePair<(GrainId, string), ReminderEntry>((grainId, reminderName), row)));

    public Task TestOnlyClearTable()
    {
        _rows.Clear();
        return Task.CompletedTask;
    }

    // Orleans's ring ranges: (begin, end], wrapping past zero when begin >= end.
    private static bool InRange(uint hash, uint begin, uint end) => begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;
}
