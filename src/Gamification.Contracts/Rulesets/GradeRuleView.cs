namespace Gamification.Contracts.Rulesets;

/// <summary>A grade: its threshold and who may hold it (<c>All</c>, <c>Free</c>, <c>Paid</c>).</summary>
[GenerateSerializer, Immutable, Alias("gamification.grade-rule-view")]
public sealed record GradeRuleView(
    [property: Id(0)] string Name,
    [property: Id(1)] long MinXpRequired,
    [property: Id(2)] string UserTypeAccess,
    [property: Id(3)] string? AnimationAssetUrl);
