using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gamification.Load;

/// <summary>The service's design: one silo on PostgreSQL, awards through the in-process client (grain turn + group commit).</summary>
internal sealed class GrainDesign : IAsyncDisposable
{
    private readonly WebApplication silo;
    private long keys;

    private GrainDesign(WebApplication silo)
    {
        this.silo = silo;
        Client = silo.Services.GetRequiredService<IGamificationClient>();
    }

    public static async Task<GrainDesign> StartAsync(string connectionString, GrainVariant? variant = null)
    {
        var silo = SiloApplication.Build([], builder =>
        {
            if (variant is { Without.Count: > 0 })
                builder.Host.UseServiceProviderFactory(new TrimmedServiceProviderFactory(variant));
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:ConnectionString"] = connectionString,
                ["Apps:bench:Ruleset"] = Path.Combine(AppContext.BaseDirectory, "bench-ruleset.json"),
            });
        });
        await silo.StartAsync();
        return new GrainDesign(silo);
    }

    public IGamificationClient Client { get; }

    public async Task AwardAsync(string userId)
    {
        var result = await Client.AwardAsync("bench", new AwardCommand(userId, "post", $"load-{Interlocked.Increment(ref keys)}"));
        if (result.Status != AwardStatus.Granted)
            throw new InvalidOperationException($"Award refused: {result.Refusal?.Detail}");
    }

    public async ValueTask DisposeAsync()
    {
        await silo.StopAsync();
        await silo.DisposeAsync();
    }
}
