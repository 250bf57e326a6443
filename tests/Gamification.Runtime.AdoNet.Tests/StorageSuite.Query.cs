using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime.AdoNet.Tests;

public abstract partial class StorageSuite
{
    private IGrainStateQuery Query => _storage.GetRequiredService<IGrainStateQuery>();

    [Fact]
    public async Task Grain_states_are_listed_by_type_and_key_prefix_in_key_order_one_page_after_another()
    {
        var app = $"q{Guid.NewGuid():N}";
        string[] keys = [$"{app}/b", $"{app}/a", $"{app}/c", $"{app}/B", $"{app}/a/x", $"{app}x/other-app"];
        var written = await States.WriteAsync([.. keys.Select((k, i) => Write(new GrainId("user", k), null, i))], default);
        await States.WriteAsync([Write(new GrainId("module", $"{app}/a"), null, 100)], default);
        Assert.All(written, r => Assert.Equal(StateWriteStatus.Committed, r.Status));

        var first = await Query.ListAsync("user", $"{app}/", null, 3, default);
        var second = await Query.ListAsync("user", $"{app}/", first[^1].Grain.Key, 3, default);
        var third = await Query.ListAsync("user", $"{app}/", second[^1].Grain.Key, 3, default);

        Assert.Equal([$"{app}/B", $"{app}/a", $"{app}/a/x"], first.Select(r => r.Grain.Key));
        Assert.Equal([$"{app}/b", $"{app}/c"], second.Select(r => r.Grain.Key));
        Assert.Empty(third);
        Assert.All(first.Concat(second), r => Assert.Equal("user", r.Grain.Type));
        var a = first[1];
        Assert.Equal("1", a.State.ETag);
        AssertJson("""{"count":1}""", a.State.PayloadJson);
        Assert.Equal(Noon, a.State.UpdatedAt);
    }

    [Fact]
    public async Task Listing_a_prefix_with_no_states_returns_an_empty_page() =>
        Assert.Empty(await Query.ListAsync("user", $"none{Guid.NewGuid():N}/", null, 10, default));
}
