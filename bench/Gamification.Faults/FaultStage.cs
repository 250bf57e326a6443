using Gamification.Testing;
using Npgsql;

namespace Gamification.Faults;

/// <summary>
/// A 3-silo cluster and a gateway on loopback, the silos reaching a fresh PostgreSQL database through a
/// <see cref="StorageProxy"/> the campaign can turn off (Orleans's membership table included), with the failure
/// detection of a <see cref="MembershipProfile"/> and keys for storybook and mikoshi.
/// </summary>
public sealed class FaultStage : IAsyncDisposable
{
    private FaultStage(
        TestCluster cluster, StorageProxy storage, IReadOnlyDictionary<string, HttpClient> gateways, ThrowawayPostgres? postgres, WallClock? clock,
        MembershipProfile membership)
    {
        Membership = membership;
        Clock = clock;
        Postgres = postgres;
        Cluster = cluster;
        Storage = storage;
        Gateways = gateways;
    }

    public TestCluster Cluster { get; }

    /// <summary>The membership settings every process runs with.</summary>
    public MembershipProfile Membership { get; }

    public StorageProxy Storage { get; }

    /// <summary>The campaign's own server, for scenarios that restart it; null on the shared test server.</summary>
    public ThrowawayPostgres? Postgres { get; }

    /// <summary>The processes' wall clock, for scenarios that move it; null when they run on this machine's.</summary>
    public WallClock? Clock { get; }

    /// <summary>A gateway client per app, each with its app's key.</summary>
    public IReadOnlyDictionary<string, HttpClient> Gateways { get; }

    /// <param name="ownPostgres">Start a PostgreSQL server of the stage's own (one it may restart) instead of a database on the test server.</param>
    /// <param name="membership">Failure detection; null for <see cref="MembershipProfile.Tuned"/>, a test's patience.</param>
    /// <param name="movableClock">Run every process on a <see cref="WallClock"/> the scenario can move.</param>
    /// <param name="startBeforeMidnight">Start the processes' clocks this long before a UTC midnight (implies a movable clock).</param>
    public static async Task<FaultStage> StartAsync(
        bool ownPostgres, MembershipProfile? membership = null, int silos = 3, bool movableClock = false, TimeSpan? startBeforeMidnight = null)
    {
        membership ??= MembershipProfile.Tuned;
        var clock = movableClock || startBeforeMidnight is not null ? WallClock.Start() : null;
        if (startBeforeMidnight is { } before)
        {
            var now = DateTimeOffset.UtcNow;
            clock!.Set(new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero) - before, now);
        }
        var postgres = ownPostgres ? await ThrowawayPostgres.StartAsync("gamification-faults-pg-") : null;
        var database = new NpgsqlConnectionStringBuilder(postgres?.ConnectionString ?? await PostgresServer.CreateDatabaseAsync("faults"));
        var storage = await StorageProxy.StartAsync(database.Host!, database.Port);
        var proxied = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = storage.Port };
        var storybook = TestApiKey.For("storybook");
        var mikoshi = TestApiKey.For("mikoshi");
        var settings = new Dictionary<string, string?>(membership.Settings);
        foreach (var (name, value) in mikoshi.Settings(1))
            settings[name] = value;
        foreach (var (name, value) in clock?.Environment ?? new Dictionary<string, string?>())
            settings[name] = value;
        var cluster = await TestCluster.StartAsync(silos, storybook, settings, proxied.ConnectionString);
        var gateways = new Dictionary<string, HttpClient>
        {
            ["storybook"] = Client(cluster.Gateway, storybook),
            ["mikoshi"] = Client(cluster.Gateway, mikoshi),
        };
        return new FaultStage(cluster, storage, gateways, postgres, clock, membership);
    }

    /// <summary>The time on the processes' wall clock now.</summary>
    public DateTimeOffset ClusterNow => DateTimeOffset.UtcNow + (Clock?.Offset ?? TimeSpan.Zero);

    /// <summary>Refused writes of stale activations, over every silo process started so far.</summary>
    public int StaleWritesRefused => Cluster.Silos.Sum(s => s.StaleWritesRefused);

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
