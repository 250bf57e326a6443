using Orleans.Hosting;

namespace Gamification.Storage;

/// <summary>Adds the journaled storage provider to a silo.</summary>
public static class JournaledStorageSiloBuilderExtensions
{
    /// <summary>
    /// Stores grain state (and journal rows) of grains that name storage provider <paramref name="name"/> (e.g.
    /// <c>[PersistentState("state", StorageProviders.Journaled)]</c>) in the PostgreSQL or SQLite database
    /// <paramref name="configure"/> names, group-committed; the silo migrates the schema before its runtime starts.
    /// <paramref name="asDefault"/> also serves grains that name no provider. See
    /// <see cref="JournaledStorageServiceCollectionExtensions.AddJournaledStorage"/> for what else is registered.
    /// </summary>
    public static ISiloBuilder AddJournaledStorage(this ISiloBuilder builder, string name, Action<JournaledStorageOptions> configure, bool asDefault = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddJournaledStorage(name, configure, asDefault);
        return builder;
    }
}
