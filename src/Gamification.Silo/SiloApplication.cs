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
        var settings = SiloSettings.Read(builder.Configuration, contentRoot);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddGamificationGrains();
        // Runtime tuning (group commit, reminders, idle collection) from the GrainRuntime section; checked at start.
        builder.Services.Configure<Gamification.Runtime.GrainRuntimeOptions>(builder.Configuration.GetSection(Gamification.Runtime.GrainRuntimeOptions.SectionName));
        builder.Services.Configure<Gamification.Grains.Rulesets.RulesetPollingOptions>(builder.Configuration.GetSection(Gamification.Grains.Rulesets.RulesetPollingOptions.SectionName));
        builder.Services.Configure<Gamification.Grains.Notifications.NotificationOptions>(builder.Configuration.GetSection(Gamification.Grains.Notifications.NotificationOptions.SectionName));
        builder.Services.AddGrainStorage(settings, contentRoot);
        builder.Services.AddGamificationClient();
        builder.Services.AddHostedService<RulesetWarmup>();
        builder.Services.AddGamificationGateway(builder.Configuration);

        var app = builder.Build();
        var rulesets = app.Services.GetRequiredService<AppRulesets>();
        foreach (var ruleset in settings.Apps)
            rulesets.Install(ruleset);
        app.MapGamificationGateway();
        return app;
    }
}
