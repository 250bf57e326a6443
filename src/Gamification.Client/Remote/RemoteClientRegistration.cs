using Gamification.Contracts;
using Gamification.Contracts.Wallets;
using Gamification.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Client;

/// <summary>Adds <see cref="IGamificationClient"/> for a process outside the silos: calls go over HTTP/2 to the partition's owner.</summary>
public static class RemoteClientRegistration
{
    /// <summary>The client over the silos of <see cref="RemoteClientOptions.Silos"/>; this process hosts no grains.</summary>
    public static IServiceCollection AddRemoteGamificationClient(
        this IServiceCollection services, Action<RemoteClientOptions> configure, Action<TransportOptions>? transport = null)
    {
        services.AddRemoteGrainClient(configure, transport);
        services.AddContractExceptions();
        return services.AddGamificationClient();
    }

    /// <summary>Lets the contracts' exceptions cross the wire as themselves; silos and remote clients both register them.</summary>
    public static IServiceCollection AddContractExceptions(this IServiceCollection services) => services
        .AddRemoteException<UnknownAppException>("unknown-app", e => e.App, (_, app) => new UnknownAppException(app ?? ""))
        .AddRemoteException<TokensNotConfiguredException>("tokens-not-configured", e => e.App, (_, app) => new TokensNotConfiguredException(app ?? ""));
}
