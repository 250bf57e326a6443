using Gamification.Client;
using Gamification.Contracts.Awards;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Load;

/// <summary>
/// The service's design: one Orleans silo on PostgreSQL, awards through the co-hosted client (a grain turn, then the
/// journaled store's group commit of the state row and the ledger row).
/// </summary>
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
        var silo = BenchSilo.Build("Postgres", connectionString, variant: variant);
        await silo.StartAsync();
        return new GrainDesign(silo);
    }

    public IGamificationClient Client { get; }

    public IServiceProvider Services => silo.Services;

    public async Task AwardAsync(string userId)
    {
        var result = await Client.AwardAsync("bench", new AwardCommand(userId, "post", $"load-{Interlocked.Increment(ref keys)}"));
        if (result.Status != AwardStatus.Granted)
            throw new InvalidOperationException($"Award refused: {result.Refusal?.Detail}");
    }

    /// <summary>Reads a user's profile: for the cold-activation probe, a call that activates the grain and writes nothing.</summary>
    public Task TouchAsync(string userId) => Client.GetProfileAsync("bench", userId);

    public async ValueTask DisposeAsync()
    {
        await silo.StopAsync();
        await silo.DisposeAsync();
    }
}
