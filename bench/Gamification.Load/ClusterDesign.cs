using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gamification.Testing;

namespace Gamification.Load;

/// <summary>
/// A cluster of silo processes and a gateway process (an Orleans client, no grains) on one PostgreSQL database,
/// with fast failure detection: awards through the gateway (1 vs 3 silos), and a SIGKILL under load.
/// </summary>
internal sealed class ClusterDesign : IAsyncDisposable
{
    private static readonly TestApiKey Key = TestApiKey.For("storybook");
    private readonly HttpClient http;
    private long keys;

    private ClusterDesign(TestCluster cluster)
    {
        Cluster = cluster;
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = cluster.Gateway.Gateway, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", Key.Key);
    }

    public TestCluster Cluster { get; }

    /// <param name="membership">Settings for every process; null for the tests' fast failure detection.</param>
    public static async Task<ClusterDesign> StartAsync(int silos, IReadOnlyDictionary<string, string?>? membership = null)
    {
        var settings = membership ?? ClusterNodeSettings.FastFailover(TestApiKey.For("mikoshi"));
        return new(await TestCluster.StartAsync(silos, Key, settings));
    }

    public Task AwardAsync(string userId) => AwardAsync(http, userId);

    private async Task AwardAsync(HttpClient client, string userId)
    {
        using var response = await client.PostAsJsonAsync("/api/exp/gain",
            new { user_id = userId, action = "story_read", idempotency_key = $"cluster-{Interlocked.Increment(ref keys)}" });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Award answered {(int)response.StatusCode}");
    }

    /// <summary>An award that reports failure instead of throwing, for counting calls failed during a failover.</summary>
    public async Task<bool> TryAwardAsync(string userId) => await TryAwardAsync(http, userId);

    /// <summary>As <see cref="TryAwardAsync(string)"/>, on a client of the caller's (a probe with a short timeout).</summary>
    public HttpClient ProbeClient(TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = Cluster.Gateway.Gateway, Timeout = timeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", Key.Key);
        return client;
    }

    public async Task<bool> TryAwardAsync(HttpClient client, string userId)
    {
        try
        {
            await AwardAsync(client, userId);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Cluster.DisposeAsync();
    }
}
