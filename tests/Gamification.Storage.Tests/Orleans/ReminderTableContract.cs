using Orleans;
using Orleans.Runtime;

namespace Gamification.Storage.Tests.Orleans;

/// <summary>
/// What Orleans expects of any <see cref="IReminderTable"/>: upsert answers a new ETag, reads return exactly what was
/// written, removal only with the current ETag, and ring-range reads with Orleans's (begin, end] semantics.
/// </summary>
internal static class ReminderTableContract
{
    // Microsecond-exact, so a table that keeps microseconds (PostgreSQL's timestamptz) can be held to equality too.
    private static readonly DateTime Start = new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1_234_560);

    public static async Task RunAsync(IReminderTable table)
    {
        await RowsAndETagsAsync(table);
        await RingRangesAsync(table);
        await table.TestOnlyClearTable();
        Assert.Empty((await table.ReadRows(0, 0)).Reminders);
    }

    private static async Task RowsAndETagsAsync(IReminderTable table)
    {
        await table.TestOnlyClearTable();
        var grain = GrainId.Create("probe-reminder", "contract");
        var other = GrainId.Create("probe-reminder", "other");
        Assert.Null(await table.ReadRow(grain, "a"));
        Assert.Empty((await table.ReadRows(grain)).Reminders);

        var first = await table.UpsertRow(Entry(grain, "a", Start, TimeSpan.FromMinutes(1)));
        Assert.False(string.IsNullOrEmpty(first));
        AssertEntry(await table.ReadRow(grain, "a"), grain, "a", Start, TimeSpan.FromMinutes(1), first);

        // A period past int.MaxValue milliseconds (24.8 days) takes the long path of the providers.
        var later = Start.AddHours(5);
        var second = await table.UpsertRow(Entry(grain, "a", later, TimeSpan.FromDays(40)));
        Assert.False(string.IsNullOrEmpty(second));
        Assert.NotEqual(first, second);
        AssertEntry(await table.ReadRow(grain, "a"), grain, "a", later, TimeSpan.FromDays(40), second);

        await table.UpsertRow(Entry(grain, "b", Start, TimeSpan.FromMinutes(2)));
        await table.UpsertRow(Entry(other, "a", Start, TimeSpan.FromMinutes(3)));
        var rows = (await table.ReadRows(grain)).Reminders;
        Assert.Equal(["a", "b"], rows.Select(r => r.ReminderName).Order());
        Assert.All(rows, r => Assert.Equal(grain, r.GrainId));

        Assert.False(await table.RemoveRow(grain, "a", first!));
        Assert.NotNull(await table.ReadRow(grain, "a"));
        Assert.True(await table.RemoveRow(grain, "a", second!));
        Assert.Null(await table.ReadRow(grain, "a"));
        Assert.False(await table.RemoveRow(grain, "a", second!));
        Assert.NotNull(await table.ReadRow(other, "a"));
    }

    private static async Task RingRangesAsync(IReminderTable table)
    {
        await table.TestOnlyClearTable();
        var grains = Enumerable.Range(0, 48).Select(i => GrainId.Create("probe-reminder", $"ring-{i}")).ToList();
        foreach (var grain in grains)
            await table.UpsertRow(Entry(grain, "r", Start, TimeSpan.FromMinutes(1)));
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        // Both halves of the ring are needed, or the signed/unsigned cases below prove nothing.
        var low = hashes.First(h => h < 0x8000_0000u);
        var high = hashes.Last(h => h >= 0x8000_0000u);
        Assert.True(low < high);

        (uint Begin, uint End)[] ranges =
        [
            (0, 0),                       // the whole ring
            (hashes[5], hashes[5]),       // begin = end: also the whole ring
            (hashes[3], hashes[20]),      // plain, bounds on rows: begin excluded, end included
            (low, high),                  // plain unsigned, wraps in signed order
            (high, low),                  // wraps unsigned, plain in signed order
            (hashes[^3], hashes[2]),      // wraps past zero
            (0, uint.MaxValue),           // everything but a hash of 0
            (hashes[^1], 0),              // wraps onto an empty stretch
            (uint.MaxValue, hashes[4]),   // wraps from the top
        ];
        foreach (var (begin, end) in ranges)
        {
            var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).Select(g => g.ToString()).Order().ToList();
            var actual = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId.ToString()).Order().ToList();
            Assert.True(expected.SequenceEqual(actual), $"range ({begin}, {end}]: expected {expected.Count} rows, read {actual.Count}");
        }
    }

    // Orleans's ring range (SingleRange.InRange): (begin, end] when begin < end, otherwise the wrapping complement.
    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static ReminderEntry Entry(GrainId grain, string name, DateTime start, TimeSpan period) =>
        new() { GrainId = grain, ReminderName = name, StartAt = start, Period = period };

    private static void AssertEntry(ReminderEntry? entry, GrainId grain, string name, DateTime start, TimeSpan period, string? etag)
    {
        Assert.NotNull(entry);
        Assert.Equal(grain, entry.GrainId);
        Assert.Equal(name, entry.ReminderName);
        Assert.Equal(start, entry.StartAt.ToUniversalTime());
        Assert.Equal(period, entry.Period);
        Assert.Equal(etag, entry.ETag);
    }
}
