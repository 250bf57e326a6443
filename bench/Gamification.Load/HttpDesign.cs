using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gamification.Testing;
using Microsoft.AspNetCore.Builder;

namespace Gamification.Load;

/// <summary>
/// The service as apps use it: POST /api/exp/gain through the embedded gateway over loopback HTTP (the silo's own
/// Kestrel, the co-hosted Orleans client behind it), on SQLite or PostgreSQL.
/// </summary>
internal sealed class HttpDesign : IAsyncDisposable
{
    private readonly WebApplication silo;
    private readonly HttpClient http;
    private readonly HttpStage stage;
    private long keys;

    private HttpDesign(WebApplication silo, TestApiKey key, HttpStage stage)
    {
        this.silo = silo;
        this.stage = stage;
        http = Client(new Uri(silo.Urls.First()));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key.Key);
    }

    /// <param name="stage">How far into the gateway each award goes (<see cref="HttpStage.Full"/>: all the way).</param>
    public static async Task<HttpDesign> StartAsync(string provider, string connectionString, HttpStage? stage = null)
    {
        var key = TestApiKey.For("bench");
        var silo = BenchSilo.Build(provider, connectionString, key.Settings(0));
        HttpStage.MapOn(silo);
        await silo.StartAsync();
        return new HttpDesign(silo, key, stage ?? HttpStage.Full);
    }

    /// <summary>The bench's HTTP client: up to 64 keep-alive connections (as in every earlier http run), callers beyond them queue.</summary>
    public static HttpClient Client(Uri server) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = server };

    public async Task AwardAsync(string userId)
    {
        using var response = await http.PostAsJsonAsync(stage.Route,
            new { user_id = userId, action = "post", idempotency_key = $"http-{Interlocked.Increment(ref keys)}" });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Award answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await silo.StopAsync();
        await silo.DisposeAsync();
    }
}
