namespace Gamification.Contracts.Awards;

/// <summary><paramref name="ActorUserId"/> did <paramref name="Action"/>, optionally to a target and with a custom amount.</summary>
/// <param name="IdempotencyKey">Names the event; retrying with the same key never awards twice.</param>
/// <param name="OccurredAt">When a replayed (imported) event happened, so its day's limits and caps count it; null is now. Never later than now.</param>
public sealed record AwardCommand(string ActorUserId, string Action, string IdempotencyKey, EntityTarget? Target = null, int? Amount = null, DateTimeOffset? OccurredAt = null);
