namespace Gamification.Contracts.Awards;

/// <summary><paramref name="ActorUserId"/> did <paramref name="Action"/>, optionally to a target and with a custom amount.</summary>
/// <param name="IdempotencyKey">Names the event; retrying with the same key never awards twice.</param>
/// <param name="OccurredAt">When a replayed (imported) event happened, so its day's limits and caps count it; null is now. Never later than now.</param>
[GenerateSerializer, Immutable, Alias("gamification.award-command")]
public sealed record AwardCommand(
    [property: Id(0)] string ActorUserId,
    [property: Id(1)] string Action,
    [property: Id(2)] string IdempotencyKey,
    [property: Id(3)] EntityTarget? Target = null,
    [property: Id(4)] int? Amount = null,
    [property: Id(5)] DateTimeOffset? OccurredAt = null);
