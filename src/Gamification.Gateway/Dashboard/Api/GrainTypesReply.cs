namespace Gamification.Gateway.Dashboard;

/// <summary><c>GET /dashboard/api/grains</c>: per grain type and method, over the last <paramref name="WindowSeconds"/> seconds.</summary>
internal sealed record GrainTypesReply(DateTimeOffset At, int WindowSeconds, IReadOnlyList<GrainTypeReply> Types);

/// <summary>One grain type: live activations, calls per second over the last minute, calls and errors over the window.</summary>
internal sealed record GrainTypeReply(string GrainType, long Activations, double CallsPerSecond, long Calls, long Errors, IReadOnlyList<MethodReply> Methods);

/// <summary>One grain method over the window.</summary>
internal sealed record MethodReply(string Method, long Calls, double CallsPerSecond, long Errors, double P50Ms, double P99Ms);
