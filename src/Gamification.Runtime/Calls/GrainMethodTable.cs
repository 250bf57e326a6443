using System.Collections.Concurrent;
using System.Reflection;

namespace Gamification.Runtime;

/// <summary>The compiled <see cref="GrainMethod"/> of every interface method called so far; compiled once, shared by references and invokers.</summary>
internal sealed class GrainMethodTable
{
    private readonly ConcurrentDictionary<MethodInfo, GrainMethod> _methods = new();

    public GrainMethod Get(MethodInfo method) => _methods.GetOrAdd(method, static m => new GrainMethod(m));
}
