namespace Gamification.Runtime.AdoNet.Tests;

public abstract partial class StorageSuite
{
    [Fact]
    public async Task Journal_rows_are_numbered_per_grain_and_read_by_page_or_by_key()
    {
        var grain = NewGrain();
        var other = NewGrain();
        var (etag, otherETag) = ((string?)null, (string?)null);
        for (var i = 1; i <= 5; i++)
        {
            var result = await States.WriteAsync([Write(grain, etag, i, Entry($"e{(2 * i) - 1}", i), Entry($"e{2 * i}", i)), Write(other, otherETag, i, Entry($"e{i}"))], default);
            (etag, otherETag) = (result[0].ETag, result[1].ETag);
        }

        var page = await Journal.ReadAsync(grain, afterSequence: 3, limit: 4, default);
        var found = await Journal.FindAsync(grain, "e7", default);

        Assert.Equal([4L, 5L, 6L, 7L], page.Select(r => r.Sequence));
        Assert.Equal(["e4", "e5", "e6", "e7"], page.Select(r => r.Entry.IdempotencyKey));
        Assert.Equal(7, found!.Sequence);
        Assert.Equal("award", found.Entry.Kind);
        Assert.Equal(Noon, found.Entry.At);
        AssertJson("""{"amount":4}""", found.Entry.PayloadJson);
        Assert.Null(await Journal.FindAsync(grain, "e11", default));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], (await Journal.ReadAsync(other, 0, 100, default)).Select(r => r.Sequence));
    }
}
