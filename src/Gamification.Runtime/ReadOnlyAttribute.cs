namespace Gamification.Runtime;

/// <summary>
/// Marks a grain interface method that does not change state: read-only turns of one activation may
/// interleave with each other, never with a turn of any other method.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ReadOnlyAttribute : Attribute;
