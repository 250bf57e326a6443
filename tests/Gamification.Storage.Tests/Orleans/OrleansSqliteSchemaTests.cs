using Gamification.Storage.Orleans;
using Gamification.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;

namespace Gamification.Storage.Tests.Orleans;

/// <summary>
/// Orleans's stock Persistence.AdoNet provider (invariant System.Data.SQLite, served by Microsoft.Data.Sqlite) on a
/// SQLite file that holds nothing but <see cref="OrleansSqliteSchema.Statements"/>, next to the
/// <see cref="SqliteReminderTable"/> in the same file.
/// </summary>
public sealed class OrleansSqliteSchemaTests
{
    private const string Invariant = "System.Data.SQLite";

    [Fact]
    public void The_catalog_holds_every_query_the_provider_reads()
    {
        Assert.Equal(["ClearStorageKey", "DeleteStorageKey", "ReadFromStorageKey", "WriteToStorageKey"], OrleansSqliteSchema.Queries.Keys.Order());
    }

    [Fact]
    public async Task A_silo_stores_state_through_the_stock_provider_and_ticks_a_sqlite_reminder()
    {
        using var file = new SqliteFile("orleans-silo");
        await SchemaStatements.ApplySqliteAsync(file.ConnectionString, OrleansSqliteSchema.Statements);
        var clusterId = $"cluster-{Guid.NewGuid():N}";

        await using (var silo = await StartSiloAsync(file, clusterId))
        {
            var probe = silo.Grains.GetGrain<IOrleansSchemaProbeGrain>("sqlite");
            Assert.Equal(3, await probe.Add(3));
            Assert.Equal("1", await probe.ETag());
            await probe.StartTicking();
            Assert.True(await Eventually.HoldsAsync(async () => await probe.Ticks() >= 1, attempts: 1200), "the reminder never ticked");
            Assert.Equal(5, await probe.Add(2));
        }

        await using (var again = await StartSiloAsync(file, clusterId))
        {
            var probe = again.Grains.GetGrain<IOrleansSchemaProbeGrain>("sqlite");
            Assert.Equal(5, await probe.Total());
            Assert.True(await probe.Ticks() >= 1);
            await probe.StopTicking();
        }
    }

    [Fact]
    public async Task Rerunning_the_statements_is_harmless()
    {
        using var file = new SqliteFile("orleans-rerun");
        await SchemaStatements.ApplySqliteAsync(file.ConnectionString, OrleansSqliteSchema.Statements);
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        await using (var silo = await StartSiloAsync(file, clusterId))
            Assert.Equal(4, await silo.Grains.GetGrain<IOrleansSchemaProbeGrain>("rerun").Add(4));

        await SchemaStatements.ApplySqliteAsync(file.ConnectionString, OrleansSqliteSchema.Statements);

        await using (var connection = new SqliteConnection(file.ConnectionString))
        {
            await connection.OpenAsync();
            var queries = await SchemaStatements.QueriesAsync(connection);
            Assert.Equal(OrleansSqliteSchema.Queries.Count, queries.Count);
            foreach (var (key, text) in OrleansSqliteSchema.Queries)
                Assert.Equal(text.Trim(), queries[key]);
        }
        await using (var again = await StartSiloAsync(file, clusterId))
            Assert.Equal(4, await again.Grains.GetGrain<IOrleansSchemaProbeGrain>("rerun").Total());
    }

    [Fact]
    public async Task The_stock_grain_storage_passes_the_storage_contract()
    {
        using var file = new SqliteFile("orleans-storage");
        await SchemaStatements.ApplySqliteAsync(file.ConnectionString, OrleansSqliteSchema.Statements);
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        await using var silo = await ProbeSilo.StartAsync(clusterId, "storage-contract", (builder, siloPort, gatewayPort) =>
        {
            builder.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "storage-contract", clusterId: clusterId);
            builder.AddAdoNetGrainStorage("contract", o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = file.ConnectionString;
            });
            builder.AddAdoNetGrainStorage("contract-deleting", o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = file.ConnectionString;
                o.DeleteStateOnClear = true;
            });
        });
        await GrainStorageContract.RunAsync(
            silo.Services.GetRequiredKeyedService<IGrainStorage>("contract"),
            silo.Services.GetRequiredKeyedService<IGrainStorage>("contract-deleting"));
    }

    private static Task<ProbeSilo> StartSiloAsync(SqliteFile file, string clusterId) =>
        ProbeSilo.StartAsync(clusterId, "gamification-orleans-sqlite", (silo, siloPort, gatewayPort) =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "gamification-orleans-sqlite", clusterId: clusterId);
            silo.UseSqliteReminderService(o => o.ConnectionString = file.ConnectionString);
            silo.AddAdoNetGrainStorage(OrleansSchemaProbeGrain.Storage, o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = file.ConnectionString;
            });
        });
}
