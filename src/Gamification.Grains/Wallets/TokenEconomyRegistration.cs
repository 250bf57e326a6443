using Gamification.Grains.FollowUps;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Grains.Wallets;

/// <summary>Registers the token economy's level-up rewards (Orleans finds the wallet, transfer and economy grains).</summary>
internal static class TokenEconomyRegistration
{
    public static IServiceCollection AddTokenEconomy(this IServiceCollection services)
    {
        services.AddSingleton<IAwardFollowUp, LevelRewardFollowUp>();
        services.AddSingleton<IAwardFollowUp, StreakRewardFollowUp>();
        return services;
    }
}
