using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Gamification.Storage;

/// <summary>Adds the journaled storage provider, its read-side queries and its schema migration to a silo's services.</summary>
public static class JournaledStorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds grain storage <paramref name="name"/> on the database <paramref name="configure"/> names (options checked at
    /// start), and <see cref="IJournalReader"/>, <see cref="IGrainStateQuery"/> and <see cref="JournaledStorageMigrator"/> on
    /// the same database (keyed by <paramref name="name"/>; unkeyed for the first provider added). In a silo the schema is
    /// migrated before the runtime starts. <paramref name="asDefault"/> also serves grains that name no storage provider.
    /// </summary>
    public static IServiceCollection AddJournaledStorage(this IServiceCollection services, string name, Action<JournaledStorageOptions> configure, bool asDefault = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<JournaledStorageOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JournaledStorageOptions>, JournaledStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddKeyedSingleton(name, (sp, _) => new JournaledDatabase(
            name,
            sp.GetRequiredService<IOptionsMonitor<JournaledStorageOptions>>().Get(name),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
            sp.GetService<IMeterFactory>()));
        services.AddKeyedSingleton<IJournalReader>(name, (sp, _) => Database(sp, name).Journal);
        services.AddKeyedSingleton<IGrainStateQuery>(name, (sp, _) => Database(sp, name).Query);
        services.AddKeyedSingleton(name, (sp, _) => new JournaledStorageMigrator(Database(sp, name)));
        // The first provider added answers the unkeyed reads: grains and tools ask for "the" journal.
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IJournalReader>(name));
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IGrainStateQuery>(name));
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<JournaledStorageMigrator>(name));
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => new SchemaMigrationParticipant(Database(sp, name)));

        // Keyed IGrainStorage, and its writer in the silo lifecycle (AddGrainStorage sees the participant interface).
        services.AddGrainStorage(name, (sp, _) => new JournaledGrainStorage(
            Database(sp, name), sp.GetRequiredService<IActivatorProvider>(), sp.GetRequiredService<TimeProvider>()));
        if (asDefault && !string.Equals(name, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, StringComparison.Ordinal))
        {
            // The same instance under the default name: one writer, one lifecycle registration.
            services.AddKeyedSingleton(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, _) => sp.GetRequiredKeyedService<IGrainStorage>(name));
            services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IGrainStorage>(name));
        }
        return services;
    }

    private static JournaledDatabase Database(IServiceProvider services, string name) => services.GetRequiredKeyedService<JournaledDatabase>(name);
}
