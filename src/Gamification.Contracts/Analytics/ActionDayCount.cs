namespace Gamification.Contracts.Analytics;

/// <summary>Awards of one action (or <c>daily_reward</c>, <c>watch</c>, <c>adjustment</c>) on one UTC day, and the XP they granted.</summary>
[GenerateSerializer, Immutable, Alias("gamification.action-day-count")]
public sealed record ActionDayCount(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] string Action,
    [property: Id(2)] long Awards,
    [property: Id(3)] long Xp);
