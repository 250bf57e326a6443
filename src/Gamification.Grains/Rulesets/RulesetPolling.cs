using Gamification.Persistence;
using System.Text.Json;
using Gamification.Grains.Apps;
using Gamification.Domain.Rules.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Grains.Rulesets;

/// <summary>
/// Brings every app's stored ruleset onto this silo: one query over the stored ruleset states per
/// interval, installing any version newer than the one in use, or the same version with a different
/// document (this silo's preset file differs from the one the cluster adopted). This is how an edit
/// made on one silo reaches the others, whichever silo holds the ruleset grain.
/// </summary>
internal sealed partial class RulesetPolling(
    AppRulesets rulesets, IGrainStateQuery states, IEnumerable<IStorageInitializer> storage, TimeProvider clock,
    IOptions<RulesetPollingOptions> options, ILogger<RulesetPolling> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstPollWithin = TimeSpan.FromSeconds(10);

    /// <summary>Polls once before the silo's later services start, so it takes no partition while serving a replaced preset.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Bounded: a store that does not answer must not hold the silo's start (the poll runs again each interval).
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(FirstPollWithin);
        await TryPollAsync(bounded.Token, cancellationToken, first: true);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        while (await WaitAsync(timer, stoppingToken))
            await TryPollAsync(stoppingToken, stoppingToken);
    }

    private async Task TryPollAsync(CancellationToken cancellationToken, CancellationToken stopping, bool first = false)
    {
        try
        {
            // The first poll comes before the runtime prepares storage: a fresh database has no tables yet (migrating is idempotent).
            if (first)
            {
                foreach (var initializer in storage)
                    await initializer.InitializeAsync(cancellationToken);
            }
            await PollAsync(cancellationToken);
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            LogPollFailed(e);
        }
    }

    /// <summary>Installs every stored version newer than the one in use, or equal to it but different; returns how many it installed.</summary>
    internal async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        var installed = 0;
        var rows = await states.ListAsync(GrainType.Create(RulesetGrain.TypeName), "", null, 1000, cancellationToken);
        foreach (var (grain, stored) in rows)
        {
            var app = grain.Key.ToString()!;
            if (!rulesets.Apps.Contains(app, StringComparer.Ordinal))
                continue;
            var state = JsonSerializer.Deserialize(stored.PayloadJson, GrainsJsonContext.Default.RulesetState);
            if (state?.Document is not { } document)
                continue;
            var inUse = rulesets.Get(app);
            if (state.Version < inUse.Rules.Version || (state.Version == inUse.Rules.Version && RulesetDocuments.Same(document, inUse.Document)))
                continue;
            var load = RulesetReader.Read(document);
            if (load.Ruleset is not { } rules)
            {
                LogInvalid(app, state.Version);
                continue;
            }
            rulesets.Install(new AppRuleset(app, rules, document));
            if (rules.Version == inUse.Rules.Version)
                LogPresetReplaced(app, rules.Version);
            else
                LogInstalled(app, rules.Version);
            installed++;
        }
        return installed;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed ruleset version {Version} of app {App} from storage")]
    private partial void LogInstalled(string app, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This silo's preset file for {App} differs from stored version {Version}; the stored ruleset is in use")]
    private partial void LogPresetReplaced(string app, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored ruleset version {Version} of app {App} does not read; keeping the one in use")]
    private partial void LogInvalid(string app, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling stored rulesets failed")]
    private partial void LogPollFailed(Exception exception);
}
