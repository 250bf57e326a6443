namespace Gamification.Contracts.Rulesets;

/// <summary>An app's ruleset as callers see it: the catalog, levels, caps, grades and badges, and the JSON document itself.</summary>
[GenerateSerializer, Alias("gamification.ruleset-view")]
public sealed record RulesetView(
    [property: Id(0)] string App,
    [property: Id(1)] string Id,
    [property: Id(2)] int Version,
    [property: Id(3)] string Name,
    [property: Id(4)] string? Description,
    [property: Id(5)] IReadOnlyList<ActionView> Actions,
    [property: Id(6)] IReadOnlyList<LevelView> Levels,
    [property: Id(7)] int? XpPerLevel,
    [property: Id(8)] IReadOnlyList<DailyCapView> DailyCaps,
    [property: Id(9)] int? DailyRewardExp,
    [property: Id(10)] IReadOnlyList<GradeRuleView> Grades,
    [property: Id(11)] IReadOnlyList<BadgeRuleView> Badges,
    [property: Id(12)] string Document,
    [property: Id(13)] IReadOnlyList<PathView>? Paths = null,
    [property: Id(14)] IReadOnlyList<Boosts.BoostView>? ScheduledBoosts = null,
    [property: Id(15)] IReadOnlyList<string>? Streaks = null);
