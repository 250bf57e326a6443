namespace Gamification.Contracts.Rulesets;

/// <summary>Most XP per UTC day for levels in [MinLevel, MaxLevel].</summary>
public sealed record DailyCapView(int MinLevel, int? MaxLevel, int Exp);
