namespace Gamification.Persistence;

/// <summary>A grain's state as stored.</summary>
/// <param name="ETag">The stored version; a write must name it to replace the state.</param>
/// <param name="PayloadJson">The state as JSON.</param>
/// <param name="UpdatedAt">When it was last written.</param>
public sealed record StoredState(string ETag, string PayloadJson, DateTimeOffset UpdatedAt);
