using Gamification.Grains.Apps;
using Gamification.Grains.Leaderboards;
using Gamification.Grains.FollowUps;
using Gamification.Grains.Midnight;
using Gamification.Grains.Notifications;
using Gamification.Grains.Rulesets;
using Gamification.Grains.Wallets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gamification.Grains;

/// <summary>Registers what the gamification grains need beside themselves (Orleans finds the grain classes): rulesets, follow-ups, webhooks.</summary>
public static class GrainRegistration
{
    public static IServiceCollection AddGamificationGrains(this IServiceCollection services)
    {
        services.AddSingleton<AppRulesets>();
        services.AddOptions<RulesetPollingOptions>();
        services.AddHostedService<RulesetPolling>();
        services.AddHostedService<PresetAdoption>();
        services.AddOptions<MidnightCatchUpOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MidnightCatchUpOptions>, MidnightCatchUpOptionsValidator>();
        services.AddOptions<MidnightResetOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MidnightResetOptions>, MidnightResetOptionsValidator>();
        services.AddHostedService<MidnightCatchUpSchedule>();
        services.AddOptions<NotificationOptions>();
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        services.AddSingleton<IAwardFollowUp, NotificationFollowUp>();
        services.AddLeaderboards();
        services.AddTokenEconomy();
        return services;
    }
}
