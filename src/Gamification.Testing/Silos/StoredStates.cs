using Gamification.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Gamification.Testing;

/// <summary>A silo's journaled storage read and written behind its grains' backs, as a crash or another writer leaves it.</summary>
public static class StoredStates
{
    private const string StateName = "state";

    public static async Task<GrainState<Journaled<T>>> ReadAsync<T>(this TestSilo silo, GrainId grain) where T : class, new()
    {
        var stored = new GrainState<Journaled<T>>(new Journaled<T>());
        await Storage(silo).ReadStateAsync(StateName, grain, stored);
        return stored;
    }

    /// <summary>Writes <paramref name="stored"/> (a fresh state when its ETag is null) and answers the new ETag.</summary>
    public static async Task<string?> WriteAsync<T>(this TestSilo silo, GrainId grain, GrainState<Journaled<T>> stored) where T : class, new()
    {
        await Storage(silo).WriteStateAsync(StateName, grain, stored);
        return stored.ETag;
    }

    private static IGrainStorage Storage(TestSilo silo) => silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageProviders.Journaled);
}
