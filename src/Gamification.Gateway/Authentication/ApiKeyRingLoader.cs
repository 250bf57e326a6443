namespace Gamification.Gateway.Authentication;

/// <summary>Loads (or, for the embedded default, generates) the keys at start, not on the first request.</summary>
internal sealed class ApiKeyRingLoader(ApiKeyRing ring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = ring.Keys;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
