using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gamification.Contracts;
using Gamification.Runtime;
using Gamification.Testing;

namespace Gamification.Load;

/// <summary>
/// A cluster of silo processes and a gateway process on one PostgreSQL database: awards through the gateway
/// (1 vs 3 silos), the cost of a forwarded call, and a SIGKILL under load.
/// </summary>
internal sealed class ClusterDesign : IAsyncDisposable
{
    private static readonly TestApiKey Key = TestApiKey.For("storybook");
    private readonly HttpClient http;
    private long keys;

    private ClusterDesign(TestCluster cluster)
    {
        Cluster = cluster;
        http = Client(cluster.Gateway.Gateway);
    }

    public TestCluster Cluster { get; }

    public static async Task<ClusterDesign> StartAsync(int silos) => new(await TestCluster.StartAsync(silos, Key, new Dictionary<string, string?>
    {
        ["Cluster:HeartbeatPeriod"] = "00:00:01",
        ["Cluster:DeadAfter"] = "00:00:04",
        ["Cluster:LeaseDuration"] = "00:00:03",
        ["Cluster:LeaseRenewalMargin"] = "00:00:01",
    }));

    public Task AwardAsync(string userId) => AwardAsync(http, userId);

    /// <summary>An award that reports failure instead of throwing, for counting calls failed during a failover.</summary>
    public async Task<bool> TryAwardAsync(string userId)
    {
        try
        {
            await AwardAsync(userId);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Sequential awards through silo 1's own gateway: users whose partition it holds, then users held elsewhere.</summary>
    public async Task<(double LocalP50, double LocalP99, double ForwardedP50, double ForwardedP99)> MeasureForwardingAsync(int calls)
    {
        var silo = Cluster.Silos[0];
        var map = await Cluster.MapOfAsync(silo);
        var partitioner = new GrainPartitioner(map.Owners.Count);
        var users = Enumerable.Range(0, 10_000).Select(i => $"fw{i}").ToList();
        bool Local(string user) => map.Owners[partitioner.GetPartition(GrainKeys.User("storybook", user))] == silo.SiloEndpoint;
        using var direct = Client(silo.Gateway);
        var local = await TimeAsync(direct, users.Where(Local).Take(calls).ToList());
        var forwarded = await TimeAsync(direct, users.Where(u => !Local(u)).Take(calls).ToList());
        return (Percentile(local, 0.5), Percentile(local, 0.99), Percentile(forwarded, 0.5), Percentile(forwarded, 0.99));
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Cluster.DisposeAsync();
    }

    private async Task<List<double>> TimeAsync(HttpClient client, List<string> users)
    {
        // Warm: activate each grain and open the connections, then time a second award per user.
        foreach (var user in users)
            await AwardAsync(client, user);
        var times = new List<double>(users.Count);
        foreach (var user in users)
        {
            var start = Stopwatch.GetTimestamp();
            await AwardAsync(client, user);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return times;
    }

    private async Task AwardAsync(HttpClient client, string userId)
    {
        using var response = await client.PostAsJsonAsync("/api/exp/gain",
            new { user_id = userId, action = "story_read", idempotency_key = $"cluster-{Interlocked.Increment(ref keys)}" });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Award answered {(int)response.StatusCode}");
    }

    private static double Percentile(List<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * q))];
    }

    private static HttpClient Client(Uri gateway)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", Key.Key);
        return client;
    }
}
