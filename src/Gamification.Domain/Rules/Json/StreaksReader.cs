using System.Collections.Frozen;

namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.streaks</c>: what counts, the period, freezes and rewards by length.</summary>
internal static class StreaksReader
{
    /// <summary>Enough for a user who banks a freeze every week for a season, small enough that a streak still means something.</summary>
    public const int MaxFreezesCap = 100;

    public static Dictionary<string, StreakRule> Read(Dictionary<string, StreakDocument>? streaks, IReadOnlyDictionary<string, ActionRule> actions,
        IReadOnlyDictionary<string, BadgeRule> badges, ErrorList errors)
    {
        var result = new Dictionary<string, StreakRule>(StringComparer.Ordinal);
        foreach (var (id, streak) in streaks ?? [])
        {
            var at = ErrorList.Member("$.streaks", id);
            var before = errors.All.Count;
            if (!Names.IsValid(id))
                errors.Add(at, $"streak id {Names.Rule}");
            errors.Required(streak.Name, $"{at}.name");
            var period = streak.Period switch
            {
                null or "day" => StreakPeriod.Day,
                "week" => StreakPeriod.Week,
                _ => (StreakPeriod?)null,
            };
            if (period is null)
                errors.Add($"{at}.period", $"must be day or week (is '{streak.Period}')");
            for (var i = 0; i < (streak.Actions?.Count ?? 0); i++)
            {
                var name = streak.Actions![i];
                if (!actions.TryGetValue(name, out var action) && name is not ("watch_live" or "watch_replay"))
                    errors.Add($"{at}.actions[{i}]", $"names no action of the catalog ('{name}')");
                else if (action?.Recipient == Recipient.Creator)
                    errors.Add($"{at}.actions[{i}]", $"'{name}' is awarded to a target's creator; a streak counts the user's own actions");
            }
            var maxFreezes = streak.MaxFreezes ?? 0;
            if (maxFreezes is < 0 or > MaxFreezesCap)
                errors.Add($"{at}.max_freezes", $"must be between 0 and {MaxFreezesCap} (is {maxFreezes})");
            var milestones = Milestones(streak.Milestones, $"{at}.milestones", maxFreezes, badges, errors);
            if (errors.All.Count > before || period is null)
                continue;
            var counted = streak.Actions is { Count: > 0 } names ? names.ToFrozenSet(StringComparer.Ordinal) : null;
            result[id] = new StreakRule(id, streak.Name!, period.Value, counted, maxFreezes, milestones);
        }
        return result;
    }

    private static List<StreakMilestone> Milestones(List<StreakMilestoneDocument>? milestones, string at, int maxFreezes,
        IReadOnlyDictionary<string, BadgeRule> badges, ErrorList errors)
    {
        var result = new List<StreakMilestone>();
        for (var i = 0; i < (milestones?.Count ?? 0); i++)
        {
            var m = milestones![i];
            var path = $"{at}[{i}]";
            var length = errors.Required(m.Length, $"{path}.length");
            errors.AtLeast(length, 1, $"{path}.length");
            if (length is { } l && result.Exists(r => r.Length == l))
                errors.Add($"{path}.length", $"length {l} has another milestone");
            errors.AtLeast(m.Xp, 0, $"{path}.xp");
            errors.AtLeast(m.Tokens, 0, $"{path}.tokens");
            errors.AtLeast(m.Freezes, 0, $"{path}.freezes");
            if (m.Freezes > 0 && maxFreezes == 0)
                errors.Add($"{path}.freezes", "needs max_freezes above 0");
            if (m.Badge is { } badge && (!badges.TryGetValue(badge, out var rule) || rule.Kind != BadgeKind.Special))
                errors.Add($"{path}.badge", $"must name a special badge of this ruleset ('{badge}')");
            if (m is { Xp: null or 0, Badge: null, Tokens: null or 0, Freezes: null or 0 })
                errors.Add(path, "rewards nothing: set xp, badge, tokens or freezes");
            if (length is >= 1)
                result.Add(new StreakMilestone(length.Value, m.Xp ?? 0, m.Badge, m.Tokens ?? 0, m.Freezes ?? 0));
        }
        return [.. result.OrderBy(m => m.Length)];
    }
}
