namespace Gamification.Contracts.Rulesets;

/// <summary>A grade: its threshold and who may hold it (<c>All</c>, <c>Free</c>, <c>Paid</c>).</summary>
public sealed record GradeRuleView(string Name, long MinXpRequired, string UserTypeAccess, string? AnimationAssetUrl);
