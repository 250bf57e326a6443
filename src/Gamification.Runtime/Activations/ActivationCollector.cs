using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>Deactivates activations nobody called for longer than the idle collection age.</summary>
internal sealed class ActivationCollector(Catalog catalog, TimeProvider clock, IOptions<GrainRuntimeOptions> options, ILogger<ActivationCollector> logger)
{
    public async Task RunAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(options.Value.CollectionScanInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
                await CollectAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The silo is stopping; it deactivates whatever is left itself.
        }
    }

    private async Task CollectAsync(CancellationToken stopping)
    {
        var idleSince = clock.GetUtcNow() - options.Value.IdleCollectionAge;
        var collected = 0;
        foreach (var activation in catalog.Activations)
        {
            if (await activation.TryCollectAsync(idleSince, stopping))
                collected++;
        }
        if (collected > 0)
            logger.Collected(collected, catalog.Activations.Count);
    }
}
