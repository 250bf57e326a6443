namespace Gamification.Contracts.Awards;

/// <summary>A heartbeat of a user watching a stream; <paramref name="Kind"/> is <c>live</c> or <c>replay</c>.</summary>
[GenerateSerializer, Immutable, Alias("gamification.watch-command")]
public sealed record WatchCommand([property: Id(0)] string StreamId, [property: Id(1)] string Kind, [property: Id(2)] string IdempotencyKey);
