using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime.AdoNet;

/// <summary>Adds cluster membership and partition leases kept in the grain storage's PostgreSQL database.</summary>
public static class AdoNetClusteringServiceCollectionExtensions
{
    /// <summary>
    /// Makes this silo a cluster member whose membership and partition leases live in the <c>AdoNetStorage</c> database,
    /// which must be PostgreSQL (checked at start). Call after <c>AddGrainRuntime</c> and <c>AddAdoNetGrainStorage</c>.
    /// </summary>
    public static IServiceCollection AddAdoNetClustering(this IServiceCollection services, Action<ClusterOptions>? configure = null)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdoNetStorageOptions>, ClusteringDialectValidator>());
        services.TryAddSingleton<IClusterStore, AdoNetClusterStore>();
        return services.AddClusterMembership(configure);
    }
}
