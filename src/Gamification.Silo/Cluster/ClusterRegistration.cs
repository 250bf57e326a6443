using Gamification.Client;
using Gamification.Runtime;
using Gamification.Runtime.AdoNet;

namespace Gamification.Silo;

/// <summary>The services of a cluster silo and of a gateway-only process.</summary>
internal static class ClusterRegistration
{
    /// <summary>
    /// Partition leases in the PostgreSQL database and routing by partition; with <c>Cluster:Silos</c> set, a static
    /// map instead of leases.
    /// </summary>
    public static IServiceCollection AddClusterSilo(this IServiceCollection services, IConfiguration configuration, ClusterSettings cluster)
    {
        if (cluster.StaticSilos.Count > 0)
            services.AddStaticPartitionDirectory(cluster.StaticSilos, cluster.AdvertisedAddress!);
        else
            services.AddAdoNetClustering(o =>
            {
                configuration.GetSection(ClusterOptions.SectionName).Bind(o);
                o.Enabled = true;
                o.SiloEndpoint = cluster.AdvertisedAddress;
            });
        services.AddClusterRouting(o => configuration.GetSection(TransportOptions.SectionName).Bind(o));
        services.AddContractExceptions();
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
