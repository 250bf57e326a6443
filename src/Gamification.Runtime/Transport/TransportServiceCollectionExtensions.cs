using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>Adds routing over the HTTP/2 transport: to a silo of a cluster, or to a process that only calls grains.</summary>
public static class TransportServiceCollectionExtensions
{
    /// <summary>
    /// Makes this silo a cluster member's router: calls to grains of partitions it holds run here, the others go to
    /// their owner. Serve <see cref="SiloCallDispatcher"/> on the silo endpoint. Call after <c>AddGrainRuntime</c>.
    /// </summary>
    public static IServiceCollection AddClusterRouting(this IServiceCollection services, Action<TransportOptions>? configure = null)
    {
        AddTransport(services, configure);
        services.TryAddSingleton<LocalGrainCallInvoker>();
        services.TryAddSingleton<GrainInterfaceMap>();
        services.TryAddSingleton(sp => new SiloCallDispatcher(
            sp.GetRequiredService<IPartitionDirectory>(), sp.GetRequiredService<GrainPartitioner>(), sp.GetRequiredService<GrainInterfaceMap>(),
            sp.GetRequiredService<LocalGrainCallInvoker>(), sp.GetRequiredService<GrainCallSerializer>(), sp.GetRequiredService<RemoteExceptions>()));
        services.Replace(ServiceDescriptor.Singleton<IGrainCallInvoker>(sp => Router(sp, sp.GetRequiredService<LocalGrainCallInvoker>())));
        return services;
    }

    /// <summary>Gives this process an <see cref="IGrainFactory"/> whose calls all go to the silos of <see cref="RemoteClientOptions.Silos"/>; it hosts no grains.</summary>
    public static IServiceCollection AddRemoteGrainClient(this IServiceCollection services, Action<RemoteClientOptions> configure, Action<TransportOptions>? transport = null)
    {
        AddTransport(services, transport);
        services.AddOptions<RemoteClientOptions>().Configure(configure);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<RemoteClientOptions>>().Value);
        services.TryAddSingleton(sp => new GrainPartitioner(sp.GetRequiredService<RemoteClientOptions>().PartitionCount));
        services.TryAddSingleton<GrainMethodTable>();
        services.TryAddSingleton<IPartitionDirectory, RemotePartitionDirectory>();
        services.TryAddSingleton<IGrainCallInvoker>(sp => Router(sp, local: null));
        services.TryAddSingleton<IGrainFactory, RemoteGrainFactory>();
        return services;
    }

    /// <summary>Uses a fixed partition map (partition p on silo p mod n) instead of leases; see <see cref="StaticPartitionDirectory"/>.</summary>
    public static IServiceCollection AddStaticPartitionDirectory(this IServiceCollection services, IReadOnlyList<Uri> silos, Uri local)
    {
        services.Replace(ServiceDescriptor.Singleton<IPartitionDirectory>(sp =>
            new StaticPartitionDirectory(silos, local, sp.GetRequiredService<GrainPartitioner>().PartitionCount)));
        return services;
    }

    /// <summary>Lets <typeparamref name="TException"/> cross the wire as itself, rebuilt on the caller from its message and one detail.</summary>
    public static IServiceCollection AddRemoteException<TException>(
        this IServiceCollection services, string code, Func<TException, string?> detail, Func<string, string?, TException> rebuild)
        where TException : Exception
    {
        services.AddSingleton(new RemoteExceptionType(code, typeof(TException), e => detail((TException)e), (_, message, d) => rebuild(message, d)));
        return services;
    }

    private static void AddTransport(IServiceCollection services, Action<TransportOptions>? configure)
    {
        var options = services.AddOptions<TransportOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<TransportOptions>>().Value);
        services.TryAddSingleton<SiloConnections>();
        services.TryAddSingleton<GrainCallSerializer>();
        services.TryAddSingleton<RemoteExceptions>();
    }

    private static ClusterGrainCallInvoker Router(IServiceProvider services, LocalGrainCallInvoker? local) => new(
        services.GetRequiredService<IPartitionDirectory>(),
        services.GetRequiredService<GrainPartitioner>(),
        services.GetRequiredService<SiloConnections>(),
        services.GetRequiredService<GrainCallSerializer>(),
        services.GetRequiredService<RemoteExceptions>(),
        services.GetRequiredService<TransportOptions>(),
        services.GetRequiredService<ILogger<ClusterGrainCallInvoker>>(),
        local);
}
