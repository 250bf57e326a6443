namespace Gamification.Contracts.Awards;

/// <summary>A heartbeat of a user watching a stream; <paramref name="Kind"/> is <c>live</c> or <c>replay</c>.</summary>
public sealed record WatchCommand(string StreamId, string Kind, string IdempotencyKey);
