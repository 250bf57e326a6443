namespace Gamification.Contracts.Rulesets;

/// <summary>An app's ruleset as callers see it: the catalog, levels, caps, grades and badges, and the JSON document itself.</summary>
public sealed record RulesetView(
    string App,
    string Id,
    int Version,
    string Name,
    string? Description,
    IReadOnlyList<ActionView> Actions,
    IReadOnlyList<LevelView> Levels,
    int? XpPerLevel,
    IReadOnlyList<DailyCapView> DailyCaps,
    int? DailyRewardExp,
    IReadOnlyList<GradeRuleView> Grades,
    IReadOnlyList<BadgeRuleView> Badges,
    string Document,
    IReadOnlyList<PathView>? Paths = null);
