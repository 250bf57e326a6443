using Gamification.Testing;
using Npgsql;

namespace Gamification.Faults;

/// <summary>
/// A 3-silo cluster and a gateway on loopback, the silos reaching a fresh PostgreSQL database through a
/// <see cref="StorageProxy"/> the campaign can turn off (Orleans's membership table included), with fast failure
/// detection (<see cref="ClusterNodeSettings.FastFailover"/>) and keys for storybook and mikoshi.
/// </summary>
public sealed class FaultStage : IAsyncDisposable
{
    private FaultStage(TestCluster cluster, StorageProxy storage, IReadOnlyDictionary<string, HttpClient> gateways, ThrowawayPostgres? postgres, WallClock? clock)
    {
        Clock = clock;
        Postgres = postgres;
        Cluster = cluster;
        Storage = storage;
        Gateways = gateways;
    }

    public TestCluster Cluster { get; }

    public StorageProxy Storage { get; }

    /// <summary>The campaign's own server, for scenarios that restart it; null on the shared test server.</summary>
    public ThrowawayPostgres? Postgres { get; }

    /// <summary>The processes' wall clock, for scenarios that move it; null when they run on this machine's.</summary>
    public WallClock? Clock { get; }

    /// <summary>A gateway client per app, each with its app's key.</summary>
    public IReadOnlyDictionary<string, HttpClient> Gateways { get; }

    /// <param name="ownPostgres">Start a PostgreSQL server of the stage's own (one it may restart) instead of a database on the test server.</param>
    /// <param name="movableClock">Run every process on a <see cref="WallClock"/> the scenario can move.</param>
    public static async Task<FaultStage> StartAsync(bool ownPostgres, int silos = 3, bool movableClock = false)
    {
        var clock = movableClock ? WallClock.Start() : null;
        var postgres = ownPostgres ? await ThrowawayPostgres.StartAsync("gamification-faults-pg-") : null;
        var database = new NpgsqlConnectionStringBuilder(postgres?.ConnectionString ?? await PostgresServer.CreateDatabaseAsync("faults"));
        var storage = await StorageProxy.StartAsync(database.Host!, database.Port);
        var proxied = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = storage.Port };
        var storybook = TestApiKey.For("storybook");
        var mikoshi = TestApiKey.For("mikoshi");
        var settings = ClusterNodeSettings.FastFailover(mikoshi);
        foreach (var (name, value) in clock?.Environment ?? new Dictionary<string, string?>())
            settings[name] = value;
        var cluster = await TestCluster.StartAsync(silos, storybook, settings, proxied.ConnectionString);
        var gateways = new Dictionary<string, HttpClient>
        {
            ["storybook"] = Client(cluster.Gateway, storybook),
            ["mikoshi"] = Client(cluster.Gateway, mikoshi),
        };
        return new FaultStage(cluster, storage, gateways, postgres, clock);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var gateway in Gateways.Values)
            gateway.Dispose();
        await Cluster.DisposeAsync();
        await Storage.DisposeAsync();
        if (Postgres is not null)
            await Postgres.DisposeAsync();
        Clock?.Dispose();
    }

    private static HttpClient Client(ClusterProcess gateway, TestApiKey key)
    {
        var http = gateway.CreateClient(TimeSpan.FromSeconds(30));
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", key.Key);
        return http;
    }
}
