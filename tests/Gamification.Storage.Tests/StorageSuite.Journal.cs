namespace Gamification.Storage.Tests;

public abstract partial class StorageSuite
{
    [Fact]
    public async Task Journal_rows_commit_with_the_state_and_the_provider_leaves_the_pending_rows_to_the_grain()
    {
        var grain = NewGrain();
        var state = await ReadAsync<CounterState>(grain);

        await WriteAsync(state, grain, 1, Entry("e1", 10), Entry("e2", 20));

        Assert.Equal(["e1", "e2"], state.State.PendingJournal.Select(e => e.IdempotencyKey));
        var rows = await Journal.ReadAsync(grain, 0, 10, default);
        Assert.Equal([1L, 2L], rows.Select(r => r.Sequence));
        Assert.Equal(("award", Noon), (rows[1].Entry.Kind, rows[1].Entry.At));
        AssertJson("""{"amount":20}""", rows[1].Entry.PayloadJson);
        Assert.Equal(2, await Query.JournalLengthAsync(grain, default));
    }

    [Fact]
    public async Task A_repeated_idempotency_key_throws_DuplicateJournalEntryException_and_applies_nothing_of_the_write()
    {
        var grain = NewGrain();
        var state = await WriteAsync(await ReadAsync<CounterState>(grain), grain, 1, Entry("event-1"));

        var duplicate = await Assert.ThrowsAsync<DuplicateJournalEntryException>(() => WriteAsync(state, grain, 2, Entry("event-2"), Entry("event-1")));

        Assert.Equal(("event-1", grain), (duplicate.IdempotencyKey, duplicate.Grain));
        Assert.Equal("1", state.ETag);
        var stored = await ReadAsync<CounterState>(grain);
        Assert.Equal((1, "1"), (stored.State.Count, stored.ETag));
        Assert.Equal(["event-1"], await KeysAsync(grain));
        // The write was refused, not the activation: the same activation's next write commits.
        await WriteAsync(state, grain, 2, Entry("event-2"));
        Assert.Equal("2", state.ETag);
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_in_one_write_is_refused_as_a_duplicate_before_it_is_queued()
    {
        var grain = NewGrain();
        var state = await ReadAsync<CounterState>(grain);

        var duplicate = await Assert.ThrowsAsync<DuplicateJournalEntryException>(() => WriteAsync(state, grain, 1, Entry("twice"), Entry("twice")));

        Assert.Equal("twice", duplicate.IdempotencyKey);
        Assert.Null(await Query.ReadAsync(grain, default));
    }

    [Fact]
    public async Task A_journal_row_whose_payload_is_not_JSON_is_refused_before_it_is_queued()
    {
        var grain = NewGrain();
        var state = await ReadAsync<CounterState>(grain);

        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(state, grain, 1, new JournalEntry("bad", "award", "{not json", Noon)));

        Assert.Null(await Query.ReadAsync(grain, default));
    }

    [Fact]
    public async Task Journal_rows_are_numbered_per_grain_and_read_by_page_or_by_key()
    {
        var (grain, other) = (NewGrain(), NewGrain());
        var (state, otherState) = (await ReadAsync<CounterState>(grain), await ReadAsync<CounterState>(other));
        for (var i = 1; i <= 5; i++)
        {
            await Task.WhenAll(
                WriteAsync(state, grain, i, Entry($"e{(2 * i) - 1}", i), Entry($"e{2 * i}", i)),
                WriteAsync(otherState, other, i, Entry($"e{i}")));
        }

        var page = await Journal.ReadAsync(grain, afterSequence: 3, limit: 4, default);
        var found = await Journal.FindAsync(grain, "e7", default);

        Assert.Equal([4L, 5L, 6L, 7L], page.Select(r => r.Sequence));
        Assert.Equal(["e4", "e5", "e6", "e7"], page.Select(r => r.Entry.IdempotencyKey));
        Assert.Equal(7, found!.Sequence);
        AssertJson("""{"amount":4}""", found.Entry.PayloadJson);
        Assert.Null(await Journal.FindAsync(grain, "e11", default));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], (await Journal.ReadAsync(other, 0, 100, default)).Select(r => r.Sequence));
        Assert.Equal((10L, 5L, 0L), (await Query.JournalLengthAsync(grain, default), await Query.JournalLengthAsync(other, default), await Query.JournalLengthAsync(NewGrain(), default)));
    }
}
