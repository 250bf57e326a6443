using Orleans.Storage;

namespace Gamification.Storage.Tests;

public abstract partial class StorageSuite
{
    private static readonly string[] DeadTables = ["partition_leases", "silo_membership"];

    private int NewestVersion => _storage.GetRequiredKeyedService<JournaledDatabase>(Provider).Dialect.Migrations[^1].Version;

    [Fact]
    public async Task Migrating_from_several_silos_at_once_and_again_applies_each_version_once()
    {
        var empty = await database.CreateEmptyAsync();
        var silos = Enumerable.Range(0, 6).Select(_ => Storage(empty)).ToList();
        try
        {
            await Task.WhenAll(silos.Select(s => s.GetRequiredService<JournaledStorageMigrator>().MigrateAsync()));
            await silos[0].GetRequiredService<JournaledStorageMigrator>().MigrateAsync();
        }
        finally
        {
            foreach (var silo in silos)
                await silo.DisposeAsync();
        }

        Assert.True(NewestVersion >= 5);
        Assert.Equal(NewestVersion, await ScalarAsync("SELECT COUNT(*) FROM schema_version", empty));
        Assert.Equal(NewestVersion, await ScalarAsync("SELECT MAX(version) FROM schema_version", empty));
        foreach (var table in new[] { "grain_state", "grain_journal" })
            Assert.Equal(0, await ScalarAsync($"SELECT COUNT(*) FROM {table}", empty));
        foreach (var table in DeadTables)
            Assert.False(await TableExistsAsync(table, empty), $"{table} should be gone");
        // The Orleans providers' catalog of statements, written by the same migration run.
        Assert.True(await ScalarAsync("SELECT COUNT(*) FROM OrleansQuery", empty) > 0);
    }

    [Fact]
    public async Task A_database_of_the_home_made_runtime_upgrades_in_place_and_its_rows_read_as_Orleans_grains()
    {
        var old = await database.CreateEmptyAsync();
        await CreateRuntimeSchemaAsync(old);
        var partition = new KeyPartitioner(1024).GetPartition("mikoshi/alice");
        var (json, time) = database.Invariant == StorageInvariants.Npgsql
            ? ("'{\"count\":3}'::jsonb", "now()")
            : ("'{\"count\":3}'", "'2025-06-01T12:00:00.0000000Z'");
        await ExecuteAsync($"INSERT INTO grain_state VALUES ({partition}, 'user-progress', 'mikoshi/alice', 3, {json}, {time})", old);
        await ExecuteAsync($"INSERT INTO grain_journal VALUES ({partition}, 'user-progress', 'mikoshi/alice', 1, 'event-1', 'award', {json}, {time})", old);
        await ExecuteAsync("INSERT INTO partition_leases VALUES (1, 'silo', 1, " + time + ")", old);

        await using var upgraded = Storage(old);
        await upgraded.GetRequiredService<JournaledStorageMigrator>().MigrateAsync();
        var grain = GrainId.Create("user-progress", "mikoshi/alice");
        var state = new TestGrainState<CounterState>();
        await upgraded.GetRequiredKeyedService<IGrainStorage>(Provider).ReadStateAsync("state", grain, state);

        Assert.Equal((3, "3", true), (state.State.Count, state.ETag, state.RecordExists));
        Assert.Equal("event-1", (await upgraded.GetRequiredService<IJournalReader>().FindAsync(grain, "event-1", default))!.Entry.IdempotencyKey);
        Assert.Equal(NewestVersion, await ScalarAsync("SELECT MAX(version) FROM schema_version", old));
        Assert.False(await TableExistsAsync("partition_leases", old));
        // PostgreSQL's reminders now live in Orleans's table; the SQLite file keeps the runtime's.
        Assert.Equal(database.Invariant != StorageInvariants.Npgsql, await TableExistsAsync("reminders", old));
    }

    /// <summary>The runtime's schema as it left a database: versions 1-4, applied as its migrator did.</summary>
    private async Task CreateRuntimeSchemaAsync(string connectionString)
    {
        var dialect = _storage.GetRequiredKeyedService<JournaledDatabase>(Provider).Dialect;
        await ExecuteAsync(dialect.VersionTable, connectionString);
        foreach (var migration in dialect.Migrations.Where(m => m.Version <= 4))
        {
            foreach (var statement in migration.Statements)
                await ExecuteAsync(statement, connectionString);
            await ExecuteAsync($"INSERT INTO schema_version VALUES ({migration.Version}, 'runtime', '2025-06-01T12:00:00Z')", connectionString);
        }
    }
}
