using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>Makes a silo a member of a cluster: membership heartbeats, partition leases, fenced writes.</summary>
public static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// Replaces the single-silo cluster with lease-based partition ownership over the <see cref="IClusterStore"/>
    /// the storage provider registers (for example <c>AddAdoNetClustering</c>). Call after <c>AddGrainRuntime</c>.
    /// </summary>
    public static IServiceCollection AddClusterMembership(this IServiceCollection services, Action<ClusterOptions>? configure = null)
    {
        var options = services.AddOptions<ClusterOptions>().ValidateOnStart();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>());
        services.TryAddSingleton<ClusterSiloIdentity>();
        services.TryAddSingleton<LeasePartitionDirectory>();
        services.TryAddSingleton(sp => new ClusterFaults(sp.GetRequiredService<LeasePartitionDirectory>()));
        services.TryAddSingleton<ClusterMember>();
        services.Replace(ServiceDescriptor.Singleton<IPartitionDirectory>(sp => sp.GetRequiredService<LeasePartitionDirectory>()));
        services.Replace(ServiceDescriptor.Singleton<IWriteFence>(sp => sp.GetRequiredService<LeasePartitionDirectory>()));
        services.Replace(ServiceDescriptor.Singleton<IClusterMembershipView, ClusterMembershipView>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISiloMembership, ClusterMember>(sp => sp.GetRequiredService<ClusterMember>()));
        return services;
    }
}
