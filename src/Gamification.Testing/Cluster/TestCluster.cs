using System.Diagnostics;
using Npgsql;

namespace Gamification.Testing;

/// <summary>
/// A cluster of silo processes and one gateway process on loopback, against one fresh PostgreSQL database, with a
/// service key for one app. Members join, leave, die and pause as the test says; they find each other through
/// Orleans's membership table, and <see cref="WaitForActiveSilosAsync"/> waits until it shows them.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(60);
    private readonly List<ClusterProcess> silos = [];
    private readonly IReadOnlyDictionary<string, string?> overrides;
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

    /// <summary>Starts <paramref name="silos"/> silo processes and a gateway, and waits until the membership table shows every silo active.</summary>
    /// <param name="overrides">Settings for every process, for example faster failure detection.</param>
    /// <param name="connectionString">The database the silos use; null for a fresh one on the test server.</param>
    public static async Task<TestCluster> StartAsync(
        int silos, TestApiKey key, IReadOnlyDictionary<string, string?>? overrides = null, string? connectionString = null)
    {
        connectionString ??= await PostgresServer.CreateDatabaseAsync("cluster");
        var cluster = new TestCluster(connectionString, key, overrides ?? new Dictionary<string, string?>());
        await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => cluster.SpawnMemberAsync()));
        await cluster.WaitForActiveSilosAsync(TimeSpan.FromSeconds(60));
        var gateway = ClusterNodeSettings.Gateway(connectionString, Loopback(), key);
        cluster.Gateway = new ClusterProcess("gateway", cluster.With(gateway), key, siloEndpoint: null);
        await cluster.Gateway.StartAsync(StartWithin);
        return cluster;
    }

    /// <summary>Starts one more silo process; it joins the membership and takes new activations.</summary>
    /// <param name="own">Settings of this silo alone, over the cluster's (for example another ruleset file).</param>
    public async Task<ClusterProcess> SpawnMemberAsync(IReadOnlyDictionary<string, string?>? own = null)
    {
        var port = FreePort.Next();
        var name = $"silo-{Interlocked.Increment(ref spawned)}";
        var settings = With(ClusterNodeSettings.Silo(ConnectionString, port, FreePort.Next(), Loopback(), Key));
        foreach (var (setting, value) in own ?? new Dictionary<string, string?>())
            settings[setting] = value;
        var silo = new ClusterProcess(name, settings, Key, ClusterNodeSettings.SiloEndpoint(port));
        lock (silos)
            silos.Add(silo);
        await silo.StartAsync(StartWithin);
        return silo;
    }

    /// <summary>Stops <paramref name="silo"/> gracefully: its grains deactivate and it leaves the membership before it exits.</summary>
    public Task RemoveNodeAsync(ClusterProcess silo) => Member(silo).StopAsync(TimeSpan.FromSeconds(30));

    /// <summary>SIGKILL <paramref name="silo"/>.</summary>
    public Task KillAsync(ClusterProcess silo) => Member(silo).KillAsync();

    /// <summary>SIGSTOP <paramref name="silo"/>.</summary>
    public Task PauseAsync(ClusterProcess silo) => Member(silo).PauseAsync();

    /// <summary>SIGCONT <paramref name="silo"/>.</summary>
    public Task ResumeAsync(ClusterProcess silo) => Member(silo).ResumeAsync();

    /// <summary>
    /// Waits until the membership table shows every silo in <paramref name="members"/> (default: all running ones)
    /// active, and no other silo active. Returns how long that took.
    /// </summary>
    public async Task<TimeSpan> WaitForActiveSilosAsync(TimeSpan within, IReadOnlyCollection<ClusterProcess>? members = null)
    {
        var clock = Stopwatch.StartNew();
        var last = "no membership read yet";
        while (clock.Elapsed < within)
        {
            var wanted = (members ?? [.. LiveSilos]).Select(s => s.SiloEndpoint!.Port).ToHashSet();
            try
            {
                var active = await ActiveSiloPortsAsync();
                if (active.SetEquals(wanted))
                    return clock.Elapsed;
                last = $"active silo ports {string.Join(", ", active.Order())}, wanted {string.Join(", ", wanted.Order())}";
            }
            catch (NpgsqlException e)
            {
                last = e.Message;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The membership did not settle within {within}: {last}");
    }

    /// <summary>The silo ports the membership table shows active (Orleans's status 3).</summary>
    public async Task<HashSet<int>> ActiveSiloPortsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT port FROM orleansmembershiptable WHERE status = 3", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ports = new HashSet<int>();
        while (await reader.ReadAsync())
            ports.Add(reader.GetInt32(0));
        return ports;
    }

    public async ValueTask DisposeAsync()
    {
        if (Gateway is not null)
            await Gateway.DisposeAsync();
        foreach (var silo in silos)
            await silo.DisposeAsync();
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
