namespace Gamification.Contracts.Awards;

/// <summary>Why an event earned nothing.</summary>
/// <param name="Reason">A stable code, e.g. <c>daily_limit_reached</c>, <c>daily_cap_reached</c>, <c>unknown_action</c>.</param>
/// <param name="Detail">The rule in words: "Daily limit reached for create_character (2/day)".</param>
/// <param name="IsThrottle">A limit, cap or cooldown: the same event may succeed later (HTTP 429).</param>
/// <param name="RetryAfterSeconds">When it may succeed again, if known.</param>
[GenerateSerializer, Immutable, Alias("gamification.refusal")]
public sealed record Refusal(
    [property: Id(0)] string Reason,
    [property: Id(1)] string Detail,
    [property: Id(2)] bool IsThrottle,
    [property: Id(3)] int? RetryAfterSeconds);
