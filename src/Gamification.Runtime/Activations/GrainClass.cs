using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>A registered grain class: its type name and a constructor that takes app services.</summary>
internal sealed class GrainClass(Type type)
{
    private readonly ObjectFactory _create = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
    private ILogger? _logger;

    public Type Type { get; } = type;

    /// <summary>From <see cref="GrainTypeAttribute"/>, else the class name.</summary>
    public string Name { get; } = type.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? type.Name;

    public Grain Create(IServiceProvider services) => (Grain)_create(services, null);

    /// <summary>The logger of the class's activations, named after the class; created once, all activations share it.</summary>
    public ILogger Logger(ILoggerFactory loggerFactory) => _logger ??= loggerFactory.CreateLogger(Type);
}
