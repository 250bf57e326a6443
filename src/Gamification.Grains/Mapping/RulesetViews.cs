using Gamification.Contracts.Rulesets;
using Gamification.Domain.Rules;
using Gamification.Grains.Apps;

namespace Gamification.Grains.Mapping;

/// <summary>A ruleset as callers see it.</summary>
internal static class RulesetViews
{
    /// <summary>How many levels of an endless (linear) curve a level listing shows.</summary>
    private const int ListedLinearLevels = 20;

    public static RulesetView From(AppRuleset app)
    {
        var rules = app.Rules;
        return new RulesetView(
            app.App, rules.Id, rules.Version, rules.Name, rules.Description,
            [.. rules.Actions.Values.OrderBy(a => a.Name, StringComparer.Ordinal).Select(From)],
            Levels(rules.Levels),
            (rules.Levels as LinearLevelCurve)?.XpPerLevel,
            [.. rules.DailyCaps.Select(c => new DailyCapView(c.MinLevel, c.MaxLevel, c.Xp))],
            rules.DailyReward?.Xp,
            [.. rules.Grades.OrderBy(g => g.MinXp).Select(g => new GradeRuleView(g.Name, g.MinXp, g.Access.ToString(), g.AnimationAssetUrl))],
            [.. rules.Badges.Values.OrderBy(b => b.Id, StringComparer.Ordinal).Select(b => new BadgeRuleView(b.Id, b.Name, Codes.Of(b.Kind), b.Description, b.Action, b.Threshold))],
            app.Document,
            [.. rules.Paths.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(PathViews.From)],
            [.. rules.Boosts.Scheduled.OrderBy(b => b.StartsAt).Select(BoostViews.From)],
            [.. rules.Streaks.Keys.Order(StringComparer.Ordinal)]);
    }

    private static ActionView From(ActionRule a) => new(
        a.Name, a.Xp, a.DailyLimit, a.LifetimeLimit, (int)a.Cooldown.TotalSeconds, Codes.Of(a.Recipient), a.Enabled,
        a.ClientAllowed, a.CustomAmount?.Min, a.CustomAmount?.Max, a.RegistersTarget, a.Description);

    private static LevelView[] Levels(LevelCurve curve) => curve switch
    {
        LevelTable table => [.. table.Levels.Select(l => new LevelView(l.Level, l.Name, l.Unlock, l.XpRequired))],
        _ => [.. Enumerable.Range(1, curve.MaxLevel ?? ListedLinearLevels).Select(l => new LevelView(l, curve.NameOf(l), null, curve.ThresholdOf(l)))],
    };
}
