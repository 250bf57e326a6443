namespace Gamification.Grains.Diagnostics;

/// <summary>A grain method: the grain's Orleans type name and <c>Interface.Method</c>.</summary>
public readonly record struct MethodKey(string GrainType, string Method);
