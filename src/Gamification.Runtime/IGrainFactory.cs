namespace Gamification.Runtime;

/// <summary>Hands out references to grains; a call through a reference activates the grain if needed.</summary>
public interface IGrainFactory
{
    /// <summary>A reference to the grain of <typeparamref name="TGrainInterface"/>'s registered class with <paramref name="key"/>.</summary>
    TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey;

    /// <summary>A reference to the grain <paramref name="grainId"/>, seen through <typeparamref name="TGrainInterface"/>.</summary>
    TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IGrain;
}
