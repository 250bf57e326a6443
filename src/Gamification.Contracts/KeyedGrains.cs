using Orleans.Runtime;

namespace Gamification.Contracts;

/// <summary>
/// String-keyed grain references whose grain type is resolved once per interface. Orleans's
/// <c>GetGrain&lt;T&gt;(string)</c> reads the interface's attributes by reflection on every call, which the
/// award path would pay on every award.
/// </summary>
public static class KeyedGrains
{
    /// <summary>The reference to the <typeparamref name="T"/> grain with <paramref name="key"/>, as <c>GetGrain&lt;T&gt;(key)</c> gives it.</summary>
    public static T Keyed<T>(this IGrainFactory grains, string key) where T : IGrainWithStringKey
    {
        var types = Resolved<T>.Types ??= Resolve<T>(grains);
        return (T)grains.GetGrain(GrainId.Create(types.Grain, key), types.Interface);
    }

    private static GrainTypes Resolve<T>(IGrainFactory grains) where T : IGrainWithStringKey
    {
        var probe = (GrainReference)(object)grains.GetGrain<T>("type-probe");
        return new GrainTypes(probe.GrainId.Type, probe.InterfaceType);
    }

    // A class, so that a racing first resolution publishes a whole value (both racers compute the same one).
    private sealed record GrainTypes(GrainType Grain, GrainInterfaceType Interface);

    private static class Resolved<T>
    {
        public static GrainTypes? Types;
    }
}
