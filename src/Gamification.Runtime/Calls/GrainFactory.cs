using System.Reflection;

namespace Gamification.Runtime;

/// <summary>Creates grain references; the grain itself is activated by its first call.</summary>
internal sealed class GrainFactory(GrainTypeRegistry types, GrainMethodTable methods, IGrainCallInvoker invoker) : IGrainFactory
{
    /// <inheritdoc />
    public TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return GetGrain<TGrainInterface>(new GrainId(types.ForInterface(typeof(TGrainInterface)).Name, key));
    }

    /// <inheritdoc />
    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IGrain
    {
        var reference = DispatchProxy.Create<TGrainInterface, GrainReference>();
        ((GrainReference)(object)reference!).Bind(grainId, invoker, methods);
        return reference;
    }
}
