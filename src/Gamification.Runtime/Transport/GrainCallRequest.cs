namespace Gamification.Runtime;

/// <summary>One grain call as it crosses the wire.</summary>
/// <param name="GrainType">The grain type name, or (from a client that hosts no grains) the full name of the interface it was asked for.</param>
/// <param name="Key">The grain key; it alone decides the partition.</param>
/// <param name="Method">The method: declaring interface's full name, method name and parameter count.</param>
/// <param name="IdempotencyKey">The event's idempotency key when an argument carries one; for logs and traces.</param>
/// <param name="Arguments">The arguments as a JSON array, each written as its parameter's type.</param>
public sealed record GrainCallRequest(string GrainType, string Key, string Method, string? IdempotencyKey, ReadOnlyMemory<byte> Arguments);
