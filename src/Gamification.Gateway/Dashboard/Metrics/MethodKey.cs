namespace Gamification.Gateway.Dashboard;

/// <summary>A grain method as the runtime's instruments tag it.</summary>
internal readonly record struct MethodKey(string GrainType, string Method);
