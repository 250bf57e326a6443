using Gamification.Contracts.Grains;
using Gamification.Grains.Analytics;
using Gamification.Grains.Apps;
using Gamification.Grains.Entities;
using Gamification.Grains.Invariants;
using Gamification.Grains.Leaderboards;
using Gamification.Grains.FollowUps;
using Gamification.Grains.Modules;
using Gamification.Grains.Notifications;
using Gamification.Grains.Rulesets;
using Gamification.Grains.Users;
using Gamification.Grains.Wallets;
using Gamification.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Grains;

/// <summary>Registers the gamification grains and the rulesets they read.</summary>
public static class GrainRegistration
{
    public static IServiceCollection AddGamificationGrains(this IServiceCollection services)
    {
        services.AddSingleton<AppRulesets>();
        services.AddOptions<RulesetPollingOptions>();
        services.AddHostedService<RulesetPolling>();
        services.AddHostedService<PresetAdoption>();
        services.AddOptions<NotificationOptions>();
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        services.AddSingleton<IAwardFollowUp, NotificationFollowUp>();
        services.AddGrainRuntime(o =>
            {
                o.StateSerializerOptions = GrainsJsonContext.Default.Options;
                o.StateDeserializerOptions = StateReading.Options;
            })
            .AddGrain<IUserProgressGrain, UserProgressGrain>()
            .AddGrain<IModuleGrain, ModuleGrain>()
            .AddGrain<IEntityGrain, EntityGrain>()
            .AddGrain<IRulesetGrain, RulesetGrain>()
            .AddGrain<IUserDirectoryGrain, UserDirectoryGrain>()
            .AddGrain<IInvariantCheckGrain, InvariantCheckGrain>()
            .AddGrain<ILeaderboardGrain, LeaderboardGrain>()
            .AddGrain<ILeaderboardExclusionsGrain, LeaderboardExclusionsGrain>()
            .AddGrain<IAnalyticsGrain, AnalyticsGrain>()
            .AddGrain<IUserEventsGrain, UserEventsGrain>();
        services.AddLeaderboards();
        services.AddTokenEconomy();
        return services;
    }
}
