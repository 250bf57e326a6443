namespace Gamification.Domain.Rules;

/// <summary>XP for the first action a user takes in a UTC day (seed 004: +5), granted before that action's own XP.</summary>
public sealed record DailyReward(int Xp);
