using System.Diagnostics;
using Gamification.Grains.Apps;
using Gamification.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Gamification.Testing;

namespace Gamification.Cluster.Process.Tests.Rulesets;

/// <summary>
/// Three in-process silos that share the partitions by lease on one PostgreSQL database, and a gateway that
/// hosts no grains: the cheap 3-silo cluster, for tests that need no process killed.
/// </summary>
public sealed class LeaseCluster : IAsyncLifetime
{
    private string connection = "";

    public TestApiKey Key { get; } = TestApiKey.For("degentalk");

    public IReadOnlyList<Uri> SiloEndpoints { get; private set; } = [];

    public IReadOnlyList<InProcessNode> Silos { get; private set; } = [];

    public InProcessNode Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        connection = await PostgresServer.CreateDatabaseAsync("leasecluster");
        var ports = Enumerable.Range(0, 3).Select(_ => FreePort.Next()).ToList();
        SiloEndpoints = [.. ports.Select(ClusterNodeSettings.SiloEndpoint)];
        Silos = await Task.WhenAll(ports.Select(port =>
            InProcessNode.StartAsync(Fast(ClusterNodeSettings.Silo(connection, port, StaticCluster.Loopback(), Key)), Key)));
        Gateway = await InProcessNode.StartAsync(Fast(ClusterNodeSettings.Gateway(SiloEndpoints, StaticCluster.Loopback(), Key)), Key);
    }

    /// <summary>
    /// Starts one more silo on the cluster's database, with <paramref name="overrides"/> over its settings; it joins and
    /// takes its share of partitions. The caller stops it.
    /// </summary>
    public async Task<(InProcessNode Silo, Uri Endpoint)> JoinAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var port = FreePort.Next();
        var settings = Fast(ClusterNodeSettings.Silo(connection, port, StaticCluster.Loopback(), Key));
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
            settings[name] = value;
        var silo = await InProcessNode.StartAsync(settings, Key);
        return (silo, ClusterNodeSettings.SiloEndpoint(port));
    }

    /// <summary>
    /// Waits until the silos (default: the three) serve one map in which each holds at least half its fair share
    /// and no other silo holds any, and returns it.
    /// </summary>
    public async Task<PartitionMap> StableMapAsync(TimeSpan within, IReadOnlyList<Uri>? members = null)
    {
        members ??= SiloEndpoints;
        using var peers = new SiloConnections(new TransportOptions { PeerCallTimeout = TimeSpan.FromSeconds(10) });
        var clock = Stopwatch.StartNew();
        var last = "no map read yet";
        while (clock.Elapsed < within)
        {
            try
            {
                var maps = await Task.WhenAll(members.Select(e => peers.GetMapAsync(e, CancellationToken.None)));
                var owners = maps[0].Owners;
                var shares = members.Select(e => owners.Count(o => o == e)).ToList();
                if (maps.All(m => m.Owners.SequenceEqual(owners)) && shares.All(s => s >= owners.Count / members.Count / 2) && owners.All(o => o is not null && members.Contains(o)))
                    return maps[0];
                last = $"shares {string.Join(", ", shares)}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The partition map did not settle within {within}: {last}");
    }

    /// <summary>For a failure message: the ruleset version of <paramref name="app"/> each silo runs, and each silo's newest log lines.</summary>
    public string Describe(string app, int lines = 60) => string.Join("\n", Silos.Select((silo, i) =>
        $"--- {SiloEndpoints[i]} runs version {silo.Services.GetRequiredService<AppRulesets>().Get(app).Rules.Version}; its last {lines} log lines:\n"
        + string.Join("\n", silo.Log.Lines.TakeLast(lines))));

    public async Task DisposeAsync()
    {
        if (Gateway is not null)
            await Gateway.DisposeAsync();
        foreach (var silo in Silos)
            await silo.DisposeAsync();
    }

    private static Dictionary<string, string?> Fast(Dictionary<string, string?> settings)
    {
        foreach (var (name, value) in ClusterScenario.Settings())
            settings[name] = value;
        // Installs and adoptions are what a failing ruleset test needs to see.
        settings["Logging:LogLevel:Gamification.Grains.Rulesets"] = "Information";
        return settings;
    }
}
