using Gamification.Contracts.Progress;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Grains.Mapping;

/// <summary>Progress, grades, badges and limits as callers see them.</summary>
internal static class ProgressViews
{
    public static LevelProgressView From(LevelProgress p) => new(
        p.CurrentLevel, p.LevelName, p.TotalXp, p.CurrentLevelXp, p.XpNeededForNext, p.XpToNextLevel, p.NextLevelXp, p.ProgressPercentage, p.IsMaxLevel);

    public static GradeView? From(GradeRule? grade) => grade is null ? null : new GradeView(grade.Name, grade.AnimationAssetUrl);

    public static BadgeView From(EarnedBadge badge, Ruleset rules)
    {
        var rule = rules.Badges.GetValueOrDefault(badge.BadgeId);
        return new BadgeView(badge.BadgeId, rule?.Name ?? badge.BadgeId, rule?.Description, badge.Scope, badge.EarnedAt);
    }

    public static UserProfile Profile(string userId, UserProgress state, Ruleset rules, bool exists, DateTimeOffset now) => new(
        userId,
        exists,
        state.Xp,
        rules.Levels.LevelFor(state.Xp),
        From(rules.Levels.ProgressFor(state.Xp)),
        state.UserType.ToString(),
        From(rules.GradeFor(state.Xp, state.UserType)),
        [.. state.Badges.Select(b => From(b, rules))],
        BoostViews.Active(state, rules, now));

    public static DailyLimits Limits(DailyLimitsView view) => new(
        view.Level, view.DailyXpGained, view.DailyXpCap, view.RemainingXp, view.DailyActionCounts, view.ActionLimits, view.XpRewards);
}
