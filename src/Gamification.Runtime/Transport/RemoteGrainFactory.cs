using System.Reflection;

namespace Gamification.Runtime;

/// <summary>
/// Grain references in a process that hosts no grains: the grain type is not known here, so a reference names its
/// interface and the silo that runs the call maps it to the registered grain type.
/// </summary>
internal sealed class RemoteGrainFactory(GrainMethodTable methods, IGrainCallInvoker invoker) : IGrainFactory
{
    /// <inheritdoc />
    public TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return GetGrain<TGrainInterface>(new GrainId(typeof(TGrainInterface).FullName!, key));
    }

    /// <inheritdoc />
    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IGrain
    {
        var reference = DispatchProxy.Create<TGrainInterface, GrainReference>();
        ((GrainReference)(object)reference!).Bind(grainId, invoker, methods);
        return reference;
    }
}
