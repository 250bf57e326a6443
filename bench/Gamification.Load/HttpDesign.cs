using System.Net.Http.Headers;
using System.Text.Json;
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

    /// <summary>
    /// The bench's HTTP client: a keep-alive connection per caller in flight (until 2026-12-06 at most 64, so 256
    /// callers queued in the client and the gateway saw 64 requests at a time).
    /// </summary>
    public static HttpClient Client(Uri server) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = server };

    /// <summary>A JSON body with a Content-Length, as apps send one; <c>PostAsJsonAsync</c> streams it chunked.</summary>
    public static ByteArrayContent Json<T>(T body) =>
        new(JsonSerializer.SerializeToUtf8Bytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    public async Task AwardAsync(string userId)
    {
        using var response = await http.PostAsync(stage.Route,
            Json(new { user_id = userId, action = "post", idempotency_key = $"http-{Interlocked.Increment(ref keys)}" }));
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
