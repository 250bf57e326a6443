namespace Gamification.Contracts.Analytics;

/// <summary>Awards of one action (or <c>daily_reward</c>, <c>watch</c>, <c>adjustment</c>) on one UTC day, and the XP they granted.</summary>
public sealed record ActionDayCount(DateOnly Day, string Action, long Awards, long Xp);
