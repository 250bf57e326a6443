using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>Adds the silo runtime to an app.</summary>
public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the silo runtime (activations, group commit, reminders, idle collection) and its hosted
    /// service. Storage comes separately, for example <c>AddMemoryGrainStorage</c> or <c>AddAdoNetGrainStorage</c>.
    /// </summary>
    public static GrainRuntimeBuilder AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        var options = services.AddOptions<GrainRuntimeOptions>().ValidateOnStart();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrainRuntimeOptions>, GrainRuntimeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new GrainPartitioner(sp.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value.PartitionCount));
        services.TryAddSingleton<SingleSiloCluster>();
        services.TryAddSingleton<IPartitionDirectory>(sp => sp.GetRequiredService<SingleSiloCluster>());
        services.TryAddSingleton<IPartitionOwnership>(sp => sp.GetRequiredService<IPartitionDirectory>());
        services.TryAddSingleton<IClusterMembershipView>(sp => sp.GetRequiredService<SingleSiloCluster>());
        services.TryAddSingleton<IWriteFence>(sp => sp.GetRequiredService<SingleSiloCluster>());
        services.TryAddSingleton<RuntimeInstruments>();
        services.TryAddSingleton<GrainMethodTable>();
        services.TryAddSingleton<GrainTypeRegistry>();
        services.TryAddSingleton<GrainStorage>();
        services.TryAddSingleton<StateWriteBatcher>();
        services.TryAddSingleton<PendingTicks>();
        services.TryAddSingleton<ReminderWriteBatcher>();
        services.TryAddSingleton<ReminderRegistry>();
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton<Catalog>();
        services.TryAddSingleton<IGrainCallInvoker, LocalGrainCallInvoker>();
        services.TryAddSingleton<IGrainFactory, GrainFactory>();
        services.TryAddSingleton<ReminderService>();
        services.TryAddSingleton<ActivationCollector>();
        services.AddHostedService<SiloRuntime>();
        var builder = new GrainRuntimeBuilder(services);
        // The runtime's own grain: reads any grain's storage for operators without activating it.
        if (!services.Any(d => d.ImplementationInstance is GrainRegistration { Class: var c } && c == typeof(GrainInspectorGrain)))
            builder.AddGrain<IGrainInspectorGrain, GrainInspectorGrain>();
        return builder;
    }

    /// <summary>Keeps grain state, journals and reminders in process memory: for tests and trying things out.</summary>
    public static IServiceCollection AddMemoryGrainStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<MemoryGrainStateStore>();
        services.TryAddSingleton<IGrainStateStore>(sp => sp.GetRequiredService<MemoryGrainStateStore>());
        services.TryAddSingleton<IJournalReader>(sp => sp.GetRequiredService<MemoryGrainStateStore>());
        services.TryAddSingleton<IGrainStateQuery>(sp => sp.GetRequiredService<MemoryGrainStateStore>());
        services.TryAddSingleton<MemoryReminderStore>();
        services.TryAddSingleton<IReminderStore>(sp => sp.GetRequiredService<MemoryReminderStore>());
        services.TryAddSingleton<IReminderQuery>(sp => sp.GetRequiredService<MemoryReminderStore>());
        return services;
    }
}
