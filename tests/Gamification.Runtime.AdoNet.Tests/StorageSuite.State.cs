namespace Gamification.Runtime.AdoNet.Tests;

public abstract partial class StorageSuite
{
    [Fact]
    public async Task State_round_trips_with_a_new_ETag_per_write()
    {
        var grain = NewGrain();
        Assert.Null(await States.ReadAsync(grain, default));

        var first = Assert.Single(await States.WriteAsync([Write(grain, null, 1)], default));
        var second = Assert.Single(await States.WriteAsync([Write(grain, first.ETag, 2)], default));
        var stored = await States.ReadAsync(grain, default);

        Assert.Equal(StateWriteStatus.Committed, second.Status);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(second.ETag, stored!.ETag);
        AssertJson("""{"count":2}""", stored.PayloadJson);
        Assert.Equal(Noon, stored.UpdatedAt);
    }

    [Fact]
    public async Task A_write_naming_a_stale_ETag_is_rejected_and_changes_nothing()
    {
        var grain = NewGrain();
        var first = Assert.Single(await States.WriteAsync([Write(grain, null, 1)], default));
        var second = Assert.Single(await States.WriteAsync([Write(grain, first.ETag, 2)], default));

        var fromStaleActivation = await States.WriteAsync([Write(grain, first.ETag, 99), Write(grain, null, 98)], default);

        Assert.All(fromStaleActivation, r => Assert.Equal(StateWriteStatus.StaleETag, r.Status));
        var stored = await States.ReadAsync(grain, default);
        Assert.Equal(second.ETag, stored!.ETag);
        AssertJson("""{"count":2}""", stored.PayloadJson);
    }

    [Fact]
    public async Task A_duplicate_journal_key_rejects_only_its_own_write_and_the_rest_of_the_batch_commits()
    {
        var (a, b, c, d) = (NewGrain(), NewGrain(), NewGrain(), NewGrain());
        var bFirst = Assert.Single(await States.WriteAsync([Write(b, null, 1, Entry("event-1"))], default));
        var dFirst = Assert.Single(await States.WriteAsync([Write(d, null, 1)], default));

        var results = await States.WriteAsync(
            [Write(a, null, 1, Entry("event-1")), Write(b, bFirst.ETag, 2, Entry("event-2"), Entry("event-1")), Write(c, null, 1, Entry("event-3")), Write(d, "999", 2)],
            default);

        Assert.Equal([StateWriteStatus.Committed, StateWriteStatus.DuplicateJournalEntry, StateWriteStatus.Committed, StateWriteStatus.StaleETag], results.Select(r => r.Status));
        Assert.Equal("event-1", results[1].DuplicateKey);
        Assert.Equal(bFirst.ETag, (await States.ReadAsync(b, default))!.ETag);
        Assert.Equal(["event-1"], (await Journal.ReadAsync(b, 0, 10, default)).Select(r => r.Entry.IdempotencyKey));
        Assert.Single(await Journal.ReadAsync(a, 0, 10, default));
        Assert.Single(await Journal.ReadAsync(c, 0, 10, default));
        Assert.Equal(dFirst.ETag, (await States.ReadAsync(d, default))!.ETag);
    }

    [Fact]
    public async Task A_write_the_database_refuses_fails_alone_and_the_rest_of_the_batch_commits()
    {
        var (good, bad, alsoGood) = (NewGrain(), NewGrain(), NewGrain());

        var results = await States.WriteAsync([Write(good, null, 1), new StateWrite(bad, null, "{not json", [], Noon), Write(alsoGood, null, 1)], default);

        Assert.Equal([StateWriteStatus.Committed, StateWriteStatus.Failed, StateWriteStatus.Committed], results.Select(r => r.Status));
        Assert.NotNull(results[1].Error);
        Assert.Null(await States.ReadAsync(bad, default));
        Assert.NotNull(await States.ReadAsync(good, default));
        Assert.NotNull(await States.ReadAsync(alsoGood, default));
    }
}
