using Gamification.Client;
using Gamification.Gateway;
using Gamification.Grains;
using Gamification.Grains.Apps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gamification.Silo;

/// <summary>
/// The host. Embedded (the default) and Silo: an Orleans silo (grains, storage, reminders) with the
/// co-hosted client and the HTTP gateway on top. Gateway: the HTTP gateway over an Orleans client.
/// Tests build it with their own settings and clock.
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
        var settings = SiloSettings.Read(builder.Configuration, contentRoot, cluster.Role);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddGamificationGrains();
        builder.Services.Configure<Gamification.Grains.Rulesets.RulesetPollingOptions>(builder.Configuration.GetSection(Gamification.Grains.Rulesets.RulesetPollingOptions.SectionName));
        builder.Services.Configure<Gamification.Grains.Notifications.NotificationOptions>(builder.Configuration.GetSection(Gamification.Grains.Notifications.NotificationOptions.SectionName));
        builder.Services.Configure<Gamification.Grains.Midnight.MidnightCatchUpOptions>(builder.Configuration.GetSection(Gamification.Grains.Midnight.MidnightCatchUpOptions.SectionName));
        builder.Services.Configure<Gamification.Grains.Midnight.MidnightResetOptions>(builder.Configuration.GetSection(Gamification.Grains.Midnight.MidnightResetOptions.SectionName));
        builder.UseOrleans(silo => OrleansSilo.Configure(silo, settings, cluster, builder.Configuration));
        builder.Services.AddSingleton<Gamification.Persistence.IStorageInitializer, SchemaInitializer>();
        builder.Services.AddGamificationClient();
        builder.Services.AddHostedService<RulesetWarmup>();
        builder.Services.AddGamificationGateway(builder.Configuration);
        builder.Services.AddOtlpMetrics(TelemetryOptions.Read(builder.Configuration));

        var app = builder.Build();
        var rulesets = app.Services.GetRequiredService<AppRulesets>();
        foreach (var ruleset in settings.Apps)
            rulesets.Install(ruleset);
        app.MapGamificationGateway();
        return app;
    }

    /// <summary>The gateway alone: the HTTP API over an Orleans client of the cluster.</summary>
    private static WebApplication BuildGateway(WebApplicationBuilder builder, ClusterSettings cluster)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The gateway's services first: its keys are loaded (or written) before the client waits for a silo.
        builder.Services.AddGamificationGateway(builder.Configuration);
        builder.UseOrleansClient(client => OrleansGatewayClient.Configure(client, cluster, builder.Configuration["Storage:ConnectionString"]));
        builder.Services.AddGamificationClient();
        var app = builder.Build();
        app.MapGamificationGateway();
        return app;
    }
}
