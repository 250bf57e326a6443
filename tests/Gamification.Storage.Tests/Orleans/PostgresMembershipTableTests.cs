using System.Net;
using Gamification.Storage.Orleans;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.MembershipService;

namespace Gamification.Storage.Tests.Orleans;

/// <summary>
/// The stock <see cref="AdoNetClusteringTable"/> on <see cref="OrleansPostgresSchema"/>: the membership protocol's
/// optimistic table version, all-or-nothing inserts and updates, heartbeats, and the cleanup of defunct silos.
/// </summary>
public sealed class PostgresMembershipTableTests
{
    private static readonly DateTime Now = Micro(DateTime.UtcNow);

    [Fact]
    public async Task Writes_check_the_table_version_and_a_refused_write_changes_nothing()
    {
        var (database, clusterId) = await FreshAsync();
        var table = await TableAsync(database, clusterId);

        var empty = await table.ReadAllAsync();
        Assert.Empty(empty.Members);
        Assert.Equal(0, empty.Version.Version);

        var first = Entry(1, SiloStatus.Active, Now.AddMinutes(-5), Now);
        Assert.True(await table.InsertRowAsync(first, empty.Version.Next()));
        var one = await table.ReadAllAsync();
        Assert.Equal(1, one.Version.Version);
        var stored = Assert.Single(one.Members).Item1;
        Assert.Equal(first.SiloAddress, stored.SiloAddress);
        Assert.Equal(first.StartTime, stored.StartTime);
        Assert.Equal(first.IAmAliveTime, stored.IAmAliveTime);
        Assert.Equal(first.ProxyPort, stored.ProxyPort);
        Assert.Equal(first.SiloName, stored.SiloName);

        // The same silo again, with the right version: the row exists, so nothing happens, the version bump included.
        Assert.False(await table.InsertRowAsync(first, one.Version.Next()));
        Assert.Equal(1, (await table.ReadAllAsync()).Version.Version);
        // Another silo with a stale version.
        Assert.False(await table.InsertRowAsync(Entry(2, SiloStatus.Joining, Now, Now), empty.Version.Next()));
        Assert.Single((await table.ReadAllAsync()).Members);

        first.Status = SiloStatus.ShuttingDown;
        first.SuspectTimes = [Tuple.Create(Address(9), Now.AddSeconds(-3))];
        Assert.True(await table.UpdateRowAsync(first, one.Version.VersionEtag, one.Version.Next()));
        var two = await table.ReadRowAsync(first.SiloAddress);
        Assert.Equal(2, two.Version.Version);
        var updated = Assert.Single(two.Members).Item1;
        Assert.Equal(SiloStatus.ShuttingDown, updated.Status);
        Assert.Equal(Address(9), Assert.Single(updated.SuspectTimes ?? []).Item1);

        Assert.False(await table.UpdateRowAsync(first, one.Version.VersionEtag, one.Version.Next()));
        // A silo without a row, with the current version: refused, and the version stays.
        Assert.False(await table.UpdateRowAsync(Entry(3, SiloStatus.Active, Now, Now), two.Version.VersionEtag, two.Version.Next()));
        Assert.Equal(2, (await table.ReadAllAsync()).Version.Version);

        // A heartbeat moves IAmAliveTime only; the table version is not a heartbeat's to change.
        first.IAmAliveTime = Now.AddSeconds(30);
        await table.UpdateIAmAliveAsync(first);
        var beat = await table.ReadRowAsync(first.SiloAddress);
        Assert.Equal(2, beat.Version.Version);
        Assert.Equal(Now.AddSeconds(30), Assert.Single(beat.Members).Item1.IAmAliveTime);

        // A silo's own row read for one that has none: the version, no members.
        var none = await table.ReadRowAsync(Address(4));
        Assert.Empty(none.Members);
        Assert.Equal(2, none.Version.Version);

        await table.DeleteMembershipTableEntriesAsync(clusterId);
        Assert.Equal(0, await SchemaStatements.CountPostgresAsync(database, "SELECT count(*) FROM OrleansMembershipTable"));
        Assert.Equal(0, await SchemaStatements.CountPostgresAsync(database, "SELECT count(*) FROM OrleansMembershipVersionTable"));
    }

    [Fact]
    public async Task Cleanup_deletes_only_silos_dead_since_before_the_cutoff()
    {
        var (database, clusterId) = await FreshAsync();
        var table = await TableAsync(database, clusterId);
        var cutoff = Now.AddHours(-1);
        var active = await AddAsync(table, Entry(1, SiloStatus.Active, Now.AddHours(-2), Now));
        await AddAsync(table, Entry(2, SiloStatus.Dead, Now.AddHours(-3), Now.AddHours(-2)));
        var suspectedLately = await AddAsync(table, Entry(3, SiloStatus.Dead, Now.AddHours(-3), Now.AddHours(-2)), Now.AddMinutes(-10));
        await AddAsync(table, Entry(4, SiloStatus.Dead, Now.AddHours(-3), Now.AddHours(-2)), Now.AddHours(-2));
        var aliveLately = await AddAsync(table, Entry(5, SiloStatus.Dead, Now.AddHours(-3), Now.AddMinutes(-10)));

        // With CleanupDefunctSiloEntryKey, the provider picks the rows and deletes each as it read it.
        await table.CleanupDefunctSiloEntriesAsync(cutoff);
        Assert.Equal(
            new[] { active, suspectedLately, aliveLately }.Select(e => e.SiloAddress.ToString()).Order(),
            (await table.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress.ToString()).Order());

        // Without it (a catalog older than 10.4), CleanupDefunctSiloEntriesKey alone decides, more cautiously:
        // a silo with any suspicion vote stays.
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var remove = new NpgsqlCommand("DELETE FROM OrleansQuery WHERE QueryKey = 'CleanupDefunctSiloEntryKey'", connection);
            await remove.ExecuteNonQueryAsync();
        }
        var legacy = await TableAsync(database, clusterId);
        await AddAsync(legacy, Entry(6, SiloStatus.Dead, Now.AddHours(-3), Now.AddHours(-2)));
        var votedAgain = await AddAsync(legacy, Entry(7, SiloStatus.Dead, Now.AddHours(-3), Now.AddHours(-2)), Now.AddHours(-2));
        await legacy.CleanupDefunctSiloEntriesAsync(cutoff);
        Assert.Equal(
            new[] { active, suspectedLately, aliveLately, votedAgain }.Select(e => e.SiloAddress.ToString()).Order(),
            (await legacy.ReadAllAsync()).Members.Select(m => m.Item1.SiloAddress.ToString()).Order());
    }

    private static async Task<(string Database, string ClusterId)> FreshAsync()
    {
        var database = await PostgresServer.CreateDatabaseAsync("orleans_membership");
        await SchemaStatements.ApplyPostgresAsync(database, OrleansPostgresSchema.Statements);
        return (database, $"cluster-{Guid.NewGuid():N}");
    }

    private static async Task<AdoNetClusteringTable> TableAsync(string database, string clusterId)
    {
        var table = new AdoNetClusteringTable(
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = "membership" }),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", ConnectionString = database }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

    // Inserts the row, then (a second version change, as Orleans does it) records a suspicion vote when given one.
    private static async Task<MembershipEntry> AddAsync(IMembershipTable table, MembershipEntry entry, DateTime? vote = null)
    {
        var before = await table.ReadAllAsync();
        Assert.True(await table.InsertRowAsync(entry, before.Version.Next()));
        if (vote is { } at)
        {
            var after = await table.ReadAllAsync();
            entry.SuspectTimes = [Tuple.Create(Address(99), at)];
            Assert.True(await table.UpdateRowAsync(entry, after.Version.VersionEtag, after.Version.Next()));
        }
        return entry;
    }

    private static MembershipEntry Entry(int generation, SiloStatus status, DateTime started, DateTime alive) => new()
    {
        SiloAddress = Address(generation),
        SiloName = $"silo-{generation}",
        HostName = "test-host",
        Status = status,
        ProxyPort = 30_000 + generation,
        StartTime = started,
        IAmAliveTime = alive,
    };

    private static SiloAddress Address(int generation) => SiloAddress.New(IPAddress.Loopback, 11_111, generation);

    // PostgreSQL keeps microseconds; the test's own times are rounded so that what it reads back is what it wrote.
    private static DateTime Micro(DateTime time) => new(time.Ticks - time.Ticks % 10, DateTimeKind.Utc);
}
