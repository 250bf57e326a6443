namespace Gamification.Contracts.Awards;

/// <summary>The entity an action targets, such as the liked character.</summary>
[GenerateSerializer, Immutable, Alias("gamification.entity-target")]
public sealed record EntityTarget([property: Id(0)] string Type, [property: Id(1)] string Id);
