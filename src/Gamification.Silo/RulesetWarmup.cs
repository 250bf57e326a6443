using Gamification.Contracts.Grains;
using Gamification.Grains.Apps;

namespace Gamification.Silo;

/// <summary>Activates every app's ruleset grain at start, so a stored edit replaces the configured preset before the first award.</summary>
internal sealed class RulesetWarmup(AppRulesets rulesets, IGrainFactory grains) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var app in rulesets.Apps.ToList())
            await grains.GetGrain<IRulesetGrain>(app).GetCurrent().WaitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
