using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime.AdoNet;

/// <summary>Adds the PostgreSQL or SQLite stores to a silo.</summary>
public static class AdoNetStorageServiceCollectionExtensions
{
    /// <summary>
    /// Stores grain state, journals and reminders in the database <paramref name="configure"/> names;
    /// the silo creates or migrates the schema on start.
    /// </summary>
    public static IServiceCollection AddAdoNetGrainStorage(this IServiceCollection services, Action<AdoNetStorageOptions> configure)
    {
        services.AddOptions<AdoNetStorageOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdoNetStorageOptions>, AdoNetStorageOptionsValidator>());
        services.TryAddSingleton(sp => DatabaseDialect.Create(sp.GetRequiredService<IOptions<AdoNetStorageOptions>>().Value));
        services.TryAddSingleton<IGrainStateStore, AdoNetGrainStateStore>();
        services.TryAddSingleton<IJournalReader, AdoNetJournalReader>();
        services.TryAddSingleton<IGrainStateQuery, AdoNetGrainStateQuery>();
        services.TryAddSingleton<AdoNetReminderStore>();
        services.TryAddSingleton<IReminderStore>(sp => sp.GetRequiredService<AdoNetReminderStore>());
        services.TryAddSingleton<IReminderQuery>(sp => sp.GetRequiredService<AdoNetReminderStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageInitializer, SchemaMigrator>());
        return services;
    }
}
