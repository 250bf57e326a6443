namespace Gamification.Contracts.Inspection;

/// <summary>A grain's state as stored.</summary>
/// <param name="ETag">The stored version; a write must name it to replace the state.</param>
/// <param name="PayloadJson">The state as JSON.</param>
/// <param name="UpdatedAt">When it was last written.</param>
[GenerateSerializer, Immutable, Alias("gamification.stored-state-view")]
public sealed record StoredStateView([property: Id(0)] string ETag, [property: Id(1)] string PayloadJson, [property: Id(2)] DateTimeOffset UpdatedAt);
