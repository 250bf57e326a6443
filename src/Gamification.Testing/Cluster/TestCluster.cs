using System.Diagnostics;
using Gamification.Runtime;

namespace Gamification.Testing;

/// <summary>
/// A cluster of silo processes and one gateway process on loopback, against one fresh PostgreSQL database, with a
/// service key for one app. Members join, leave, die and pause as the test says; see <see cref="WaitForStableMapAsync"/>.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(60);
    private readonly List<ClusterProcess> silos = [];
    private readonly IReadOnlyDictionary<string, string?> overrides;
    private readonly SiloConnections peers = new(new TransportOptions { PeerCallTimeout = TimeSpan.FromSeconds(10) });
    private int spawned;

    private TestCluster(string connectionString, TestApiKey key, IReadOnlyDictionary<string, string?> overrides)
    {
        ConnectionString = connectionString;
        Key = key;
        this.overrides = overrides;
    }

    public string ConnectionString { get; }

    public TestApiKey Key { get; }

    /// <summary>Every silo process started so far, the stopped and killed ones included.</summary>
    public IReadOnlyList<ClusterProcess> Silos => silos;

    /// <summary>The silos whose process still runs (a paused one included).</summary>
    public IEnumerable<ClusterProcess> LiveSilos => silos.Where(s => s.IsRunning);

    /// <summary>The gateway process: HTTP API over a remote client, no grains.</summary>
    public ClusterProcess Gateway { get; private set; } = null!;

    /// <summary>The last lines every process wrote, each under its name, for a failing test's output.</summary>
    public string RecentOutput =>
        string.Join(Environment.NewLine, silos.Append(Gateway).Where(p => p is not null).Select(p => $"--- {p.Name} ---{Environment.NewLine}{p.RecentOutput}"));

    /// <summary>Starts <paramref name="silos"/> silo processes and a gateway, and waits until every partition has a live owner.</summary>
    /// <param name="overrides">Settings for every process, for example shorter lease timings.</param>
    /// <param name="connectionString">The database the silos use; null for a fresh one on the test server.</param>
    public static async Task<TestCluster> StartAsync(
        int silos, TestApiKey key, IReadOnlyDictionary<string, string?>? overrides = null, string? connectionString = null)
    {
        connectionString ??= await PostgresServer.CreateDatabaseAsync("cluster");
        var cluster = new TestCluster(connectionString, key, overrides ?? new Dictionary<string, string?>());
        await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => cluster.SpawnMemberAsync()));
        var gateway = ClusterNodeSettings.Gateway([.. cluster.silos.Select(s => s.SiloEndpoint!)], Loopback(), key);
        cluster.Gateway = new ClusterProcess("gateway", cluster.With(gateway), key, siloEndpoint: null);
        await cluster.Gateway.StartAsync(StartWithin);
        await cluster.WaitForStableMapAsync(TimeSpan.FromSeconds(60));
        return cluster;
    }

    /// <summary>Starts one more silo process; it joins and takes its share of partitions.</summary>
    /// <param name="own">Settings of this silo alone, over the cluster's (for example another ruleset file).</param>
    public async Task<ClusterProcess> SpawnMemberAsync(IReadOnlyDictionary<string, string?>? own = null)
    {
        var port = FreePort.Next();
        var name = $"silo-{Interlocked.Increment(ref spawned)}";
        var settings = With(ClusterNodeSettings.Silo(ConnectionString, port, Loopback(), Key));
        foreach (var (setting, value) in own ?? new Dictionary<string, string?>())
            settings[setting] = value;
        var silo = new ClusterProcess(name, settings, Key, ClusterNodeSettings.SiloEndpoint(port));
        lock (silos)
            silos.Add(silo);
        await silo.StartAsync(StartWithin);
        return silo;
    }

    /// <summary>Stops <paramref name="silo"/> gracefully: it flushes its grains and releases its leases before it exits.</summary>
    public Task RemoveNodeAsync(ClusterProcess silo) => Member(silo).StopAsync(TimeSpan.FromSeconds(30));

    /// <summary>SIGKILL <paramref name="silo"/>.</summary>
    public Task KillAsync(ClusterProcess silo) => Member(silo).KillAsync();

    /// <summary>SIGSTOP <paramref name="silo"/>.</summary>
    public Task PauseAsync(ClusterProcess silo) => Member(silo).PauseAsync();

    /// <summary>SIGCONT <paramref name="silo"/>.</summary>
    public Task ResumeAsync(ClusterProcess silo) => Member(silo).ResumeAsync();

    /// <summary>The partitions whose owner the running silos' maps and the lease table disagree on, for a failing test's output.</summary>
    public async Task<string> DescribeMapsAsync()
    {
        var maps = new List<(string, Uri?[])>();
        foreach (var silo in LiveSilos)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                maps.Add(($"{silo.Name} ({silo.SiloEndpoint!.Authority})", [.. (await peers.GetMapAsync(silo.SiloEndpoint!, timeout.Token)).Owners]));
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // A paused or dying silo serves no map; the others' still tell the story.
            }
        }
        return await MapReport.DescribeAsync(ConnectionString, maps);
    }

    /// <summary>The partition map as <paramref name="silo"/> serves it.</summary>
    public Task<PartitionMap> MapOfAsync(ClusterProcess silo) => peers.GetMapAsync(silo.SiloEndpoint!, CancellationToken.None);

    /// <summary>
    /// Waits until every silo in <paramref name="members"/> (default: all running ones) serves the same map, every
    /// partition has an owner, every owner is one of them, and each of them holds at least half its fair share (a
    /// silo that just joined has taken partitions). Returns how long that took.
    /// </summary>
    public async Task<TimeSpan> WaitForStableMapAsync(TimeSpan within, IReadOnlyCollection<ClusterProcess>? members = null)
    {
        var clock = Stopwatch.StartNew();
        var last = "no map read yet";
        while (clock.Elapsed < within)
        {
            var live = members ?? [.. LiveSilos];
            var endpoints = live.Select(s => s.SiloEndpoint!).ToHashSet();
            try
            {
                var maps = await Task.WhenAll(live.Select(MapOfAsync));
                var first = maps[0].Owners;
                var unowned = first.Count(o => o is null || !endpoints.Contains(o));
                var share = first.Count / endpoints.Count / 2;
                var starved = endpoints.Count(e => first.Count(o => o == e) < share);
                var agree = maps.All(m => m.Owners.SequenceEqual(first));
                if (unowned == 0 && starved == 0 && agree)
                    return clock.Elapsed;
                last = $"{unowned} partitions without a live owner, {starved} silos below half their share; maps agree: {agree}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The partition map did not settle within {within}: {last}");
    }

    public async ValueTask DisposeAsync()
    {
        if (Gateway is not null)
            await Gateway.DisposeAsync();
        foreach (var silo in silos)
            await silo.DisposeAsync();
        peers.Dispose();
    }

    private ClusterProcess Member(ClusterProcess silo) =>
        silos.Contains(silo) ? silo : throw new ArgumentException($"{silo.Name} is not a silo of this cluster.", nameof(silo));

    private static Uri Loopback() => new($"http://127.0.0.1:{FreePort.Next()}");

    private Dictionary<string, string?> With(Dictionary<string, string?> settings)
    {
        foreach (var (name, value) in overrides)
            settings[name] = value;
        return settings;
    }
}
