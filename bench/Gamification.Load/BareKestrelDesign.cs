using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gamification.Load;

/// <summary>
/// The floor of the HTTP path: a slim Kestrel host with one JSON endpoint and nothing else (no middleware, no
/// authentication, no grain), called by the same HTTP client as the gateway designs.
/// </summary>
internal sealed class BareKestrelDesign : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient http;
    private long keys;

    private BareKestrelDesign(WebApplication app)
    {
        this.app = app;
        http = HttpDesign.Client(new Uri(app.Urls.First()));
    }

    public static async Task<BareKestrelDesign> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
        var app = builder.Build();
        app.MapPost("/bench/bare", (BenchAward award) => HttpStage.Answer(award));
        await app.StartAsync();
        return new BareKestrelDesign(app);
    }

    public async Task AwardAsync(string userId)
    {
        using var response = await http.PostAsync("/bench/bare",
            HttpDesign.Json(new { user_id = userId, action = "post", idempotency_key = $"bare-{Interlocked.Increment(ref keys)}" }));
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
