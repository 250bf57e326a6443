using Gamification.Client;
using Gamification.Runtime;

namespace Gamification.Silo;

/// <summary>The services of a cluster silo and of a gateway-only process.</summary>
internal static class ClusterRegistration
{
    /// <summary>Routes calls by partition; with <c>Cluster:Silos</c> set, over that static map instead of leases.</summary>
    public static IServiceCollection AddClusterSilo(this IServiceCollection services, IConfiguration configuration, ClusterSettings cluster)
    {
        services.AddClusterRouting(o => configuration.GetSection(TransportOptions.SectionName).Bind(o));
        services.AddContractExceptions();
        if (cluster.StaticSilos.Count > 0)
            services.AddStaticPartitionDirectory(cluster.StaticSilos, cluster.AdvertisedAddress!);
        return services;
    }

    /// <summary>A remote client over <c>Client:Silos</c>: no grains, no storage.</summary>
    public static IServiceCollection AddGatewayOnly(this IServiceCollection services, IConfiguration configuration, ClusterSettings cluster) =>
        services.AddRemoteGamificationClient(
            o =>
            {
                o.PartitionCount = configuration.GetValue("GrainRuntime:PartitionCount", o.PartitionCount);
                foreach (var silo in cluster.Seeds)
                    o.Silos.Add(silo);
            },
            o => configuration.GetSection(TransportOptions.SectionName).Bind(o));
}
