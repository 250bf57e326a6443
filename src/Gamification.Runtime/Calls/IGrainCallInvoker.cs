using System.Reflection;

namespace Gamification.Runtime;

/// <summary>
/// Where a grain reference sends its calls: the local silo's activations, or (for a grain of a
/// partition another silo holds) a remote invoker.
/// </summary>
public interface IGrainCallInvoker
{
    /// <summary>Runs <paramref name="method"/> of <paramref name="grain"/> with <paramref name="arguments"/>; the result is null for a plain Task.</summary>
    Task<object?> InvokeAsync(GrainId grain, MethodInfo method, object?[] arguments);
}
