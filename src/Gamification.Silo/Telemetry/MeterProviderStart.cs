using OpenTelemetry.Metrics;

namespace Gamification.Silo;

/// <summary>Creates the meter provider as the host starts, so it listens before the first grain call.</summary>
internal sealed class MeterProviderStart(MeterProvider provider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // The last interval's measurements go out before the host disposes the provider.
        provider.ForceFlush(5000);
        return Task.CompletedTask;
    }
}
