using System.Reflection;

namespace Gamification.Runtime;

/// <summary>
/// What a silo needs to run a call that arrived over the wire: the method behind each wire name, and the
/// grain type behind each interface a client that hosts no grains asked for.
/// </summary>
internal sealed class GrainInterfaceMap
{
    private readonly Dictionary<string, MethodInfo> _methods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _typeByInterface = new(StringComparer.Ordinal);
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);

    public GrainInterfaceMap(IEnumerable<GrainRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            var type = new GrainClass(registration.Class).Name;
            _types.Add(type);
            _typeByInterface[registration.Interface.FullName!] = type;
            foreach (var method in registration.Interface.GetInterfaces().Append(registration.Interface).SelectMany(i => i.GetMethods()))
                _methods[GrainMethodName.Of(method)] = method;
        }
    }

    public MethodInfo Method(string wireName) => _methods.GetValueOrDefault(wireName)
        ?? throw new NotSupportedException($"No registered grain interface has the method {wireName}.");

    /// <summary>The grain id a request names: its grain type as is, or the grain type registered for the interface it names.</summary>
    public GrainId Grain(string grainType, string key) => _types.Contains(grainType)
        ? new GrainId(grainType, key)
        : new GrainId(_typeByInterface.GetValueOrDefault(grainType)
            ?? throw new NotSupportedException($"No grain type or grain interface '{grainType}' is registered on this silo."), key);
}
