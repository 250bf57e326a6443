using Gamification.Contracts.Wallets;
using Gamification.Grains.FollowUps;
using Gamification.Grains.Transfers;
using Gamification.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Grains.Wallets;

/// <summary>Registers the token economy: wallets, transfers, the app-wide economy grain and level-up rewards.</summary>
internal static class TokenEconomyRegistration
{
    public static IServiceCollection AddTokenEconomy(this IServiceCollection services)
    {
        new GrainRuntimeBuilder(services)
            .AddGrain<IWalletGrain, WalletGrain>()
            .AddGrain<ITransferGrain, TransferGrain>()
            .AddGrain<ITokenEconomyGrain, TokenEconomyGrain>();
        services.AddSingleton<IAwardFollowUp, LevelRewardFollowUp>();
        return services;
    }
}
