namespace Gamification.Storage.Tests;

public abstract partial class StorageSuite
{
    [Fact]
    public async Task Grain_states_are_listed_by_type_and_key_prefix_in_ordinal_key_order_one_page_after_another()
    {
        var app = $"q{Guid.NewGuid():N}";
        string[] keys = [$"{app}/b", $"{app}/a", $"{app}/c", $"{app}/B", $"{app}/a/x", $"{app}x/other-app"];
        var written = await Store.WriteAsync([.. keys.Select((k, i) => Write(GrainId.Create("user", k), null, i))], default);
        await Store.WriteAsync([Write(GrainId.Create("module", $"{app}/a"), null, 100)], default);
        Assert.All(written, r => Assert.Equal(StateWriteStatus.Committed, r.Status));
        var user = GrainType.Create("user");

        var first = await Query.ListAsync(user, $"{app}/", null, 3, default);
        var second = await Query.ListAsync(user, $"{app}/", first[^1].Grain.Key.ToString(), 3, default);
        var third = await Query.ListAsync(user, $"{app}/", second[^1].Grain.Key.ToString(), 3, default);

        Assert.Equal([$"{app}/B", $"{app}/a", $"{app}/a/x"], first.Select(r => r.Grain.Key.ToString()));
        Assert.Equal([$"{app}/b", $"{app}/c"], second.Select(r => r.Grain.Key.ToString()));
        Assert.Empty(third);
        Assert.All(first.Concat(second), r => Assert.Equal(user, r.Grain.Type));
        Assert.Equal(GrainId.Create("user", $"{app}/a"), first[1].Grain);
        Assert.Equal("1", first[1].State.ETag);
        AssertJson("""{"count":1}""", first[1].State.PayloadJson);
        Assert.Equal(Noon, first[1].State.UpdatedAt);
    }

    [Fact]
    public async Task Listing_a_prefix_with_no_states_returns_an_empty_page() =>
        Assert.Empty(await Query.ListAsync(GrainType.Create("user"), $"none{Guid.NewGuid():N}/", null, 10, default));

    [Fact]
    public async Task Reading_one_state_through_the_query_returns_it_as_stored_or_null()
    {
        var grain = NewGrain();
        await Store.WriteAsync([Write(grain, null, 7)], default);

        var stored = await Query.ReadAsync(grain, default);

        Assert.Equal(("1", Noon), (stored!.ETag, stored.UpdatedAt));
        AssertJson("""{"count":7}""", stored.PayloadJson);
        Assert.Null(await Query.ReadAsync(NewGrain(), default));
    }
}
