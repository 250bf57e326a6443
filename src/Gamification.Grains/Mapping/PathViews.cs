using Gamification.Contracts.Paths;
using Gamification.Contracts.Rulesets;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Grains.Mapping;

/// <summary>Paths as callers see them: the ruleset's definitions and a user's progress on each.</summary>
internal static class PathViews
{
    public static PathView From(PathRule path) =>
        new(path.Id, path.Name, path.Description, path.Icon, path.Color, path.Multipliers, path.Enabled);

    public static UserPaths For(string userId, UserProgress state, Ruleset rules) => new(userId, state.PrimaryPath,
        [.. rules.Paths.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p =>
        {
            var xp = state.PathXp.GetValueOrDefault(p.Id);
            return new UserPathView(p.Id, p.Name, xp, rules.Levels.LevelFor(xp), p.Id == state.PrimaryPath);
        })]);
}
