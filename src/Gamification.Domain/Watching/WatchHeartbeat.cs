using Gamification.Domain.Rules;

namespace Gamification.Domain.Watching;

/// <summary>A player's "still watching" signal for a live stream or replay.</summary>
public sealed record WatchHeartbeat(string UserId, string StreamId, WatchKind Kind, string IdempotencyKey);
