namespace Gamification.Storage.Tests;

public abstract partial class StorageSuite
{
    [Fact]
    public async Task A_batch_mixing_inserts_updates_stale_and_duplicate_writes_commits_exactly_the_good_ones()
    {
        var (fresh, updated, duplicate, stale, staleInsert) = (NewGrain(), NewGrain(), NewGrain(), NewGrain(), NewGrain());
        await Store.WriteAsync([Write(updated, null, 1, Entry("u-1")), Write(duplicate, null, 1, Entry("event-1")), Write(stale, null, 1), Write(staleInsert, null, 1)], default);

        var results = await Store.WriteAsync(
        [
            Write(fresh, null, 1, Entry("event-1")),
            Write(updated, 1, 2, Entry("u-2"), Entry("u-3")),
            Write(duplicate, 1, 2, Entry("event-2"), Entry("event-1")),
            Write(stale, 999, 2),
            Write(staleInsert, null, 2, Entry("s-1")),
        ], default);

        Assert.Equal([StateWriteStatus.Committed, StateWriteStatus.Committed, StateWriteStatus.DuplicateJournalEntry, StateWriteStatus.StaleETag, StateWriteStatus.StaleETag],
            results.Select(r => r.Status));
        Assert.Equal([1L, 2L], results.Take(2).Select(r => r.ETag!.Value));
        Assert.Equal("event-1", results[2].DuplicateKey);
        Assert.Equal(["event-1"], await KeysAsync(fresh));
        Assert.Equal(["u-1", "u-2", "u-3"], await KeysAsync(updated));
        Assert.Equal(["event-1"], await KeysAsync(duplicate));
        Assert.Empty(await KeysAsync(staleInsert));
        Assert.Equal(["2", "1", "1", "1"], await Task.WhenAll(new[] { updated, duplicate, stale, staleInsert }.Select(async g => (await Query.ReadAsync(g, default))!.ETag)));
    }

    [Fact]
    public async Task A_write_the_database_refuses_fails_alone_and_the_rest_of_the_batch_commits()
    {
        var (good, bad, alsoGood) = (NewGrain(), NewGrain(), NewGrain());

        // SQLite's CHECK refuses a document that is not JSON; PostgreSQL's text refuses a NUL character (a serializer escapes one).
        const string Refused = "{not json\0";
        var results = await Store.WriteAsync([Write(good, null, 1), Write(bad, null, 1) with { PayloadJson = Refused }, Write(alsoGood, null, 1)], default);

        Assert.Equal([StateWriteStatus.Committed, StateWriteStatus.Failed, StateWriteStatus.Committed], results.Select(r => r.Status));
        Assert.NotNull(results[1].Error);
        Assert.Null(await Query.ReadAsync(bad, default));
        Assert.NotNull(await Query.ReadAsync(good, default));
        Assert.NotNull(await Query.ReadAsync(alsoGood, default));
    }
}
