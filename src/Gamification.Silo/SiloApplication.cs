using Gamification.Client;
using Gamification.Gateway;
using Gamification.Grains;
using Gamification.Grains.Apps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gamification.Silo;

/// <summary>
/// The embedded default in one process: a silo (grains, storage, reminders) with the in-process
/// client and the HTTP gateway on top. Tests build it with their own settings and clock.
/// </summary>
public static class SiloApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        var contentRoot = builder.Environment.ContentRootPath;
        SiloConfigurationSources.Add(builder.Configuration, contentRoot, args);
        configure?.Invoke(builder);
        var cluster = ClusterSettings.Read(builder.Configuration);
        if (cluster.Role == ClusterRole.Gateway)
            return BuildGateway(builder, cluster);
        var settings = SiloSettings.Read(builder.Configuration, contentRoot);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddGamificationGrains();
        // Runtime tuning (group commit, reminders, idle collection) from the GrainRuntime section; checked at start.
        builder.Services.Configure<Gamification.Runtime.GrainRuntimeOptions>(builder.Configuration.GetSection(Gamification.Runtime.GrainRuntimeOptions.SectionName));
        builder.Services.Configure<Gamification.Grains.Rulesets.RulesetPollingOptions>(builder.Configuration.GetSection(Gamification.Grains.Rulesets.RulesetPollingOptions.SectionName));
        builder.Services.Configure<Gamification.Grains.Notifications.NotificationOptions>(builder.Configuration.GetSection(Gamification.Grains.Notifications.NotificationOptions.SectionName));
        builder.Services.AddGrainStorage(settings, contentRoot);
        builder.Services.AddGamificationClient();
        if (cluster.Role == ClusterRole.Silo)
        {
            builder.Services.AddClusterSilo(builder.Configuration, cluster);
            SiloEndpoint.Listen(builder, cluster.SiloPort);
        }
        else
        {
            // In a cluster the ruleset grains live on their partitions' owners, which load stored edits on activation.
            builder.Services.AddHostedService<RulesetWarmup>();
        }
        builder.Services.AddGamificationGateway(builder.Configuration);
        builder.Services.AddOtlpMetrics(TelemetryOptions.Read(builder.Configuration));

        var app = builder.Build();
        var rulesets = app.Services.GetRequiredService<AppRulesets>();
        foreach (var ruleset in settings.Apps)
            rulesets.Install(ruleset);
        app.MapGamificationGateway();
        if (cluster.Role == ClusterRole.Silo)
            SiloEndpoint.Map(app, cluster.SiloPort);
        return app;
    }

    /// <summary>The gateway alone: HTTP API over a remote client of the silos in <c>Client:Silos</c>.</summary>
    private static WebApplication BuildGateway(WebApplicationBuilder builder, ClusterSettings cluster)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddGatewayOnly(builder.Configuration, cluster);
        builder.Services.AddGamificationGateway(builder.Configuration);
        var app = builder.Build();
        app.MapGamificationGateway();
        return app;
    }
}
