namespace Gamification.Runtime.AdoNet.Tests;

public abstract partial class StorageSuite
{
    private static readonly string[] Tables = ["grain_state", "grain_journal", "reminders", "silo_membership", "partition_leases"];

    [Fact]
    public async Task Migrating_from_several_silos_at_once_and_again_applies_each_version_once()
    {
        var empty = await database.CreateEmptyAsync();
        var silos = Enumerable.Range(0, 6).Select(_ => Storage(empty)).ToList();
        try
        {
            await Task.WhenAll(silos.Select(MigrateAsync));
            await MigrateAsync(silos[0]);
        }
        finally
        {
            foreach (var silo in silos)
                await silo.DisposeAsync();
        }

        Assert.Equal(4, await ScalarAsync("SELECT COUNT(*) FROM schema_version", empty));
        Assert.Equal(4, await ScalarAsync("SELECT MAX(version) FROM schema_version", empty));
        foreach (var table in Tables)
            Assert.Equal(0, await ScalarAsync($"SELECT COUNT(*) FROM {table}", empty));
    }
}
