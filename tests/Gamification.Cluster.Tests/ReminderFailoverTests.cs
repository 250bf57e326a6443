using Xunit.Abstractions;

namespace Gamification.Cluster.Tests;

public sealed class ReminderFailoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Reminders_of_a_silent_silos_partitions_fire_on_the_new_owner()
    {
        await using var cluster = await Cluster.StartAsync(3);
        await Cluster.SettleAsync(cluster.Silos, TimeSpan.FromSeconds(30));
        var key = $"app/{Guid.NewGuid():N}";
        var silent = Cluster.OwnerOf(cluster.Silos, key)!;
        await silent.Grains.GetGrain<ITallyGrain>(key).Remind("daily", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));

        silent.Faults.SuspendHeartbeat();
        var others = cluster.Silos.Where(s => s != silent).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!others.Any(s => s.Ticks.Ticks.Any(t => t.Grain == key)))
        {
            Assert.True(DateTime.UtcNow < deadline, "no other silo fired the silent silo's reminder within 30 s");
            await Task.Delay(50);
        }

        var newOwner = Cluster.OwnerOf(others, key);
        Assert.NotNull(newOwner);
        Assert.Contains(newOwner.Ticks.Ticks, t => t.Grain == key);
        var storedTicks = await Ledger.ScalarAsync<int>(cluster.ConnectionString,
            "SELECT (payload->>'ticks')::int FROM grain_state WHERE grain_type = 'tally' AND grain_key = @key", key);
        Assert.True(storedTicks >= 1, $"the new owner's tick was not written (ticks = {storedTicks})");
        output.WriteLine($"ticks by the silent silo: {silent.Ticks.Ticks.Count(t => t.Grain == key)}, by the new owner: {newOwner.Ticks.Ticks.Count(t => t.Grain == key)}");
    }
}
