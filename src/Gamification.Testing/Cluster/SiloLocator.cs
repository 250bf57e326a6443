using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Gamification.Testing;

/// <summary>
/// An Orleans client in the test process, on the cluster's membership table, that asks where a grain is active:
/// which silo made an award, which silo a SIGKILL takes users from. It never calls the gamification grains.
/// </summary>
public sealed class SiloLocator : IAsyncDisposable
{
    private readonly IHost host;
    private readonly TestCluster cluster;

    private SiloLocator(IHost host, TestCluster cluster)
    {
        this.host = host;
        this.cluster = cluster;
    }

    private IClusterClient Client => host.Services.GetRequiredService<IClusterClient>();

    public static async Task<SiloLocator> ConnectAsync(TestCluster cluster)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            // The silos' defaults (Cluster:ClusterId and Cluster:ServiceId are not set by TestCluster).
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = "gamification";
                o.ServiceId = "gamification";
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = cluster.ConnectionString;
            });
        });
        var host = builder.Build();
        using var within = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.StartAsync(within.Token);
        return new SiloLocator(host, cluster);
    }

    /// <summary>The silo process where <paramref name="app"/>'s <paramref name="user"/> has their progress grain active; null when nowhere (or on no known silo).</summary>
    public async Task<ClusterProcess?> SiloOfUserAsync(string app, string user)
    {
        var grain = Client.GetGrain<IUserProgressGrain>(GrainKeys.User(app, user));
        var management = Client.GetGrain<IManagementGrain>(0);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var address = await management.GetActivationAddress(grain);
                return address is null ? null : cluster.Silos.FirstOrDefault(s => s.SiloEndpoint!.Port == address.Endpoint.Port);
            }
            catch (Exception e) when (attempt < 5 && e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>
    /// Every activation of <paramref name="app"/>'s <paramref name="user"/>'s progress grain that a live silo's catalog
    /// holds, as the silo names: one name for a grain that has a single activation in the cluster.
    /// </summary>
    public async Task<List<string>> ActivationsOfUserAsync(string app, string user)
    {
        var key = GrainKeys.User(app, user);
        var statistics = await Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return [.. statistics
            .Where(s => s.GrainId.Type.ToString() == "user-progress" && s.GrainId.Key.ToString() == key)
            .Select(s => cluster.Silos.FirstOrDefault(p => p.SiloEndpoint!.Port == s.SiloAddress.Endpoint.Port)?.Name ?? s.SiloAddress.ToString())];
    }

    /// <summary>How many user progress grains each live silo holds active (any app): where a crash hurts most.</summary>
    public async Task<Dictionary<ClusterProcess, int>> UserActivationsBySiloAsync()
    {
        var statistics = await Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        var counts = cluster.LiveSilos.ToDictionary(s => s, _ => 0);
        foreach (var activation in statistics.Where(s => s.GrainId.Type.ToString() == "user-progress"))
        {
            if (cluster.Silos.FirstOrDefault(p => p.SiloEndpoint!.Port == activation.SiloAddress.Endpoint.Port) is { } silo && counts.TryGetValue(silo, out var held))
                counts[silo] = held + 1;
        }
        return counts;
    }

    /// <summary>How many of <paramref name="users"/> have their progress grain active on each silo (by name; "nowhere" for none).</summary>
    public async Task<Dictionary<string, int>> CountBySiloAsync(string app, IEnumerable<string> users)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var user in users)
        {
            var name = (await SiloOfUserAsync(app, user))?.Name ?? "nowhere";
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var within = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await host.StopAsync(within.Token);
        }
        catch (OperationCanceledException)
        {
            // A cluster already torn down: nothing to close gracefully.
        }
        host.Dispose();
    }
}
