using Gamification.Storage.Orleans;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Storage;

namespace Gamification.Storage.Tests.Orleans;

/// <summary>
/// Orleans's stock Clustering.AdoNet, Reminders.AdoNet and Persistence.AdoNet providers on a fresh PostgreSQL database
/// that holds nothing but <see cref="OrleansPostgresSchema.Statements"/>.
/// </summary>
public sealed class OrleansPostgresSchemaTests
{
    private const string Invariant = "Npgsql";

    [Fact]
    public void The_catalog_holds_every_query_the_three_providers_read()
    {
        string[] clustering = ["GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
            "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey",
            "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey"];
        string[] reminders = ["ReadReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey",
            "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey"];
        string[] persistence = ["WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey"];
        Assert.Equal([.. clustering.Concat(reminders).Concat(persistence).Order()], OrleansPostgresSchema.Queries.Keys.Order());
    }

    [Fact]
    public async Task A_silo_with_the_stock_providers_starts_stores_state_ticks_a_reminder_and_serves_an_external_client()
    {
        var database = await PostgresServer.CreateDatabaseAsync("orleans_silo");
        await SchemaStatements.ApplyPostgresAsync(database, OrleansPostgresSchema.Statements);
        var clusterId = $"cluster-{Guid.NewGuid():N}";

        await using (var silo = await StartSiloAsync(database, clusterId))
        {
            var probe = silo.Grains.GetGrain<IOrleansSchemaProbeGrain>("pg");
            Assert.Equal(3, await probe.Add(3));
            Assert.Equal("1", await probe.ETag());
            await probe.StartTicking();
            Assert.True(await Eventually.HoldsAsync(async () => await probe.Ticks() >= 1, attempts: 1200), "the reminder never ticked");

            var client = await ProbeSilo.StartClientAsync(clusterId, silo.ServiceId, c => c.UseAdoNetClustering(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = database;
            }));
            try
            {
                var remote = client.Services.GetRequiredService<IClusterClient>().GetGrain<IOrleansSchemaProbeGrain>("pg");
                Assert.Equal(7, await remote.Add(4));
            }
            finally
            {
                await client.StopAsync();
                client.Dispose();
            }
            await probe.StopTicking();
        }

        // Written through the stock provider, read back by a new silo: the rows are real, not an activation's memory.
        Assert.Equal(1, await SchemaStatements.CountPostgresAsync(database, "SELECT count(*) FROM OrleansStorage"));
        await using (var again = await StartSiloAsync(database, clusterId))
            Assert.Equal(7, await again.Grains.GetGrain<IOrleansSchemaProbeGrain>("pg").Total());
    }

    [Fact]
    public async Task Rerunning_the_statements_at_once_and_later_is_harmless()
    {
        var database = await PostgresServer.CreateDatabaseAsync("orleans_rerun");
        // Three silos starting together, each applying the schema in its own transaction under the migrator's lock.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SchemaStatements.ApplyPostgresAsync(database, OrleansPostgresSchema.Statements)));
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        await using (var silo = await StartSiloAsync(database, clusterId))
            Assert.Equal(2, await silo.Grains.GetGrain<IOrleansSchemaProbeGrain>("rerun").Add(2));

        await SchemaStatements.ApplyPostgresAsync(database, OrleansPostgresSchema.Statements);

        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            var queries = await SchemaStatements.QueriesAsync(connection);
            Assert.Equal(OrleansPostgresSchema.Queries.Count, queries.Count);
            foreach (var (key, text) in OrleansPostgresSchema.Queries)
                Assert.Equal(text.Trim(), queries[key]);
        }
        await using (var again = await StartSiloAsync(database, clusterId))
            Assert.Equal(2, await again.Grains.GetGrain<IOrleansSchemaProbeGrain>("rerun").Total());
    }

    [Fact]
    public async Task The_stock_reminder_table_passes_the_reminder_table_contract()
    {
        var database = await PostgresServer.CreateDatabaseAsync("orleans_reminders");
        await SchemaStatements.ApplyPostgresAsync(database, OrleansPostgresSchema.Statements);
        var services = new ServiceCollection();
        services.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = "contract";
            o.ServiceId = $"service-{Guid.NewGuid():N}";
        });
        services.UseAdoNetReminderService(options => options.Configure(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = database;
        }));
        await using var provider = services.BuildServiceProvider();
        var table = provider.GetRequiredService<IReminderTable>();
        await table.StartAsync();
        await ReminderTableContract.RunAsync(table);
    }

    [Fact]
    public async Task The_stock_grain_storage_passes_the_storage_contract()
    {
        var database = await PostgresServer.CreateDatabaseAsync("orleans_storage");
        await SchemaStatements.ApplyPostgresAsync(database, OrleansPostgresSchema.Statements);
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        await using var silo = await ProbeSilo.StartAsync(clusterId, "storage-contract", (builder, siloPort, gatewayPort) =>
        {
            builder.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "storage-contract", clusterId: clusterId);
            builder.AddAdoNetGrainStorage("contract", o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = database;
            });
            builder.AddAdoNetGrainStorage("contract-deleting", o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = database;
                o.DeleteStateOnClear = true;
            });
        });
        await GrainStorageContract.RunAsync(
            silo.Services.GetRequiredKeyedService<IGrainStorage>("contract"),
            silo.Services.GetRequiredKeyedService<IGrainStorage>("contract-deleting"));
    }

    private static Task<ProbeSilo> StartSiloAsync(string database, string clusterId) =>
        ProbeSilo.StartAsync(clusterId, "gamification-orleans-pg", (silo, _, _) =>
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = database;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = database;
            });
            silo.AddAdoNetGrainStorage(OrleansSchemaProbeGrain.Storage, o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = database;
            });
        });
}
