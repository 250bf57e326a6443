using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime;

/// <summary>A registered grain class: its type name and a constructor that takes app services.</summary>
internal sealed class GrainClass(Type type)
{
    private readonly ObjectFactory _create = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);

    public Type Type { get; } = type;

    /// <summary>From <see cref="GrainTypeAttribute"/>, else the class name.</summary>
    public string Name { get; } = type.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? type.Name;

    public Grain Create(IServiceProvider services) => (Grain)_create(services, null);
}
