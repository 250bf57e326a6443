namespace Gamification.Runtime;

/// <summary>The registered grain classes, by interface and by grain type name; built and checked once at start.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, GrainClass> _byInterface = [];
    private readonly Dictionary<string, GrainClass> _byName = new(StringComparer.Ordinal);

    public GrainTypeRegistry(IEnumerable<GrainRegistration> registrations, GrainMethodTable methods)
    {
        foreach (var registration in registrations)
        {
            _byInterface[registration.Interface] = Add(new GrainClass(registration.Class));
            // Compiling every method now turns a bad signature into a start-up error, not a first-call one.
            foreach (var method in registration.Interface.GetInterfaces().Append(registration.Interface).SelectMany(i => i.GetMethods()))
                methods.Get(method);
        }
    }

    /// <summary>The number of grain types.</summary>
    public int Count => _byName.Count;

    public GrainClass ForInterface(Type grainInterface) => _byInterface.GetValueOrDefault(grainInterface)
        ?? throw new InvalidOperationException($"No grain class is registered for {grainInterface.Name}; call AddGrain<{grainInterface.Name}, TGrain>().");

    public GrainClass ForGrainType(string name) => _byName.GetValueOrDefault(name)
        ?? throw new InvalidOperationException($"No grain class is registered with grain type '{name}'.");

    private GrainClass Add(GrainClass candidate)
    {
        if (!_byName.TryAdd(candidate.Name, candidate) && _byName[candidate.Name].Type != candidate.Type)
            throw new InvalidOperationException($"Grain type '{candidate.Name}' is claimed by both {_byName[candidate.Name].Type.Name} and {candidate.Type.Name}.");
        return _byName[candidate.Name];
    }
}
