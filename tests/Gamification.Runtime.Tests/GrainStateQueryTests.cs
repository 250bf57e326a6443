using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime.Tests;

public sealed class GrainStateQueryTests
{
    private static readonly DateTimeOffset Noon = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_memory_store_lists_states_by_type_and_key_prefix_in_ordinal_key_order_page_by_page()
    {
        await using var services = new ServiceCollection().AddSingleton(new GrainPartitioner(1024)).AddMemoryGrainStorage().BuildServiceProvider();
        var store = services.GetRequiredService<IGrainStateStore>();
        var query = services.GetRequiredService<IGrainStateQuery>();
        string[] keys = ["app/b", "app/a", "app/B", "apps/x", "app/c"];
        await store.WriteAsync([.. keys.Select(k => new StateWrite(new GrainId("user", k), null, "{}", [], Noon)), new StateWrite(new GrainId("module", "app/a"), null, "{}", [], Noon)], default);

        var first = await query.ListAsync("user", "app/", null, 2, default);
        var second = await query.ListAsync("user", "app/", first[^1].Grain.Key, 2, default);

        Assert.Equal(["app/B", "app/a"], first.Select(r => r.Grain.Key));
        Assert.Equal(["app/b", "app/c"], second.Select(r => r.Grain.Key));
        Assert.All(first.Concat(second), r => Assert.Equal(("user", "1"), (r.Grain.Type, r.State.ETag)));
    }

    [Fact]
    public async Task Listing_states_written_by_grains_activates_none_of_them()
    {
        var deployment = new TestDeployment();
        await using (var before = await deployment.StartSiloAsync())
        {
            foreach (var key in new[] { "default/x", "default/y" })
                await before.Grains.GetGrain<ICounterGrain>(key).Increment();
        }
        await using var silo = await deployment.StartSiloAsync();
        var activated = deployment.Probe.Activations.Count;

        var listed = await ((IGrainStateQuery)deployment.States).ListAsync("counter", "default/", null, 10, default);

        Assert.Equal(["default/x", "default/y"], listed.Select(r => r.Grain.Key));
        Assert.Equal(activated, deployment.Probe.Activations.Count);
    }
}
