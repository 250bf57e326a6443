using Gamification.Contracts.Grains;
using Gamification.Grains.Apps;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Rulesets;

/// <summary>
/// Once the silo runs, offers each app's preset to its ruleset grain, which stores it as the baseline when none is
/// stored (or when this preset is a newer version). The first silo wins; the others converge to it by polling.
/// </summary>
internal sealed partial class PresetAdoption(
    AppRulesets rulesets, IGrainFactory grains, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<PresetAdoption> logger)
    : BackgroundService
{
    private const int Attempts = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After start, when this silo holds its partitions: the grain may live here.
        if (!await StartedAsync(stoppingToken))
            return;
        foreach (var app in rulesets.Apps.ToList())
            await AdoptAsync(app, rulesets.Get(app).Document, stoppingToken);
    }

    private async Task AdoptAsync(string app, string preset, CancellationToken stoppingToken)
    {
        for (var attempt = 1; attempt <= Attempts && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                if (await grains.GetGrain<IRulesetGrain>(app).Adopt(preset).WaitAsync(stoppingToken))
                    LogAdopted(app);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogAdoptFailed(e, app, attempt);
                if (attempt < Attempts)
                    await DelayAsync(TimeSpan.FromSeconds(1 << attempt), stoppingToken);
            }
        }
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop ends on its own.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored this silo's preset of app {App} as its ruleset")]
    private partial void LogAdopted(string app);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Offering the preset of app {App} to storage failed (attempt {Attempt}); the configured preset stays in use")]
    private partial void LogAdoptFailed(Exception exception, string app, int attempt);
}
