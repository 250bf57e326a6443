namespace Gamification.Contracts.Rulesets;

/// <summary>Most XP per UTC day for levels in [MinLevel, MaxLevel].</summary>
[GenerateSerializer, Immutable, Alias("gamification.daily-cap-view")]
public sealed record DailyCapView([property: Id(0)] int MinLevel, [property: Id(1)] int? MaxLevel, [property: Id(2)] int Exp);
