using Gamification.Client.Wallets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gamification.Client;

/// <summary>Adds <see cref="IGamificationClient"/> for a process that hosts a silo (the embedded default).</summary>
public static class ClientRegistration
{
    public static IServiceCollection AddGamificationClient(this IServiceCollection services, Action<GamificationClientOptions>? configure = null)
    {
        services.AddOptions<GamificationClientOptions>().Configure(o => configure?.Invoke(o));
        services.TryAddSingleton<IGamificationClient, GamificationClient>();
        services.TryAddSingleton<IClusterDiagnostics, ClusterDiagnostics>();
        services.TryAddSingleton<Invariants.IInvariantClient, Invariants.InvariantClient>();
        services.TryAddSingleton<ILeaderboardClient, LeaderboardClient>();
        services.TryAddSingleton<IWalletClient, WalletClient>();
        services.TryAddSingleton<IRulesAdminClient, RulesAdminClient>();
        services.TryAddSingleton<IAnalyticsClient, AnalyticsClient>();
        services.TryAddSingleton<INotificationsClient, NotificationsClient>();
        services.TryAddSingleton<IPathsClient, PathsClient>();
        services.TryAddSingleton<IStreaksClient, StreaksClient>();
        return services;
    }
}
