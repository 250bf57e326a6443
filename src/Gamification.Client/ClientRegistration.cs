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
        services.TryAddSingleton<IRulesAdminClient, RulesAdminClient>();
        services.TryAddSingleton<INotificationsClient, NotificationsClient>();
        services.TryAddSingleton<IPathsClient, PathsClient>();
        return services;
    }
}
