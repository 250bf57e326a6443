using System.Globalization;
using Gamification.Domain.Rules;

namespace Gamification.Cli.Rulesets;

/// <summary>
/// A ruleset flattened to what users feel (XP per action, limits, caps, level thresholds, grades,
/// badges), keyed by (area, item), so that two rulesets diff as two dictionaries.
/// </summary>
internal static class RulesetFacts
{
    public static SortedDictionary<(string Area, string Item), string> Of(Ruleset rules)
    {
        var facts = new SortedDictionary<(string Area, string Item), string>();
        foreach (var action in rules.Actions.Values)
        {
            facts[("action", $"{action.Name} xp")] = Text(action.Xp);
            facts[("action", $"{action.Name} daily limit")] = Text(action.DailyLimit);
            facts[("action", $"{action.Name} lifetime limit")] = Text(action.LifetimeLimit);
            facts[("action", $"{action.Name} cooldown")] = $"{action.Cooldown.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
            facts[("action", $"{action.Name} recipient")] = action.Recipient.ToString().ToLowerInvariant();
            facts[("action", $"{action.Name} enabled")] = action.Enabled ? "yes" : "no";
            facts[("action", $"{action.Name} custom amount")] = action.CustomAmount is { } range ? $"{range.Min}-{range.Max}" : "-";
        }
        AddLevels(facts, rules.Levels);
        foreach (var cap in rules.DailyCaps)
            facts[("daily cap", $"levels {cap.MinLevel}-{Text(cap.MaxLevel)}")] = Text(cap.Xp);
        facts[("daily reward", "xp")] = Text(rules.DailyReward?.Xp);
        foreach (var grade in rules.Grades)
            facts[("grade", $"{grade.Name} ({grade.Access})")] = $"{grade.MinXp} xp";
        foreach (var badge in rules.Badges.Values)
            facts[("badge", badge.Id)] = BadgeText(badge);
        if (rules.Watch is { } watch)
            facts[("watch", "rule")] = watch.ToString();
        AddStreaks(facts, rules);
        AddBoosts(facts, rules.Boosts);
        return facts;
    }

    private static void AddStreaks(SortedDictionary<(string Area, string Item), string> facts, Ruleset rules)
    {
        foreach (var streak in rules.Streaks.Values)
        {
            facts[("streak", $"{streak.Id} period")] = streak.Period.ToString().ToLowerInvariant();
            facts[("streak", $"{streak.Id} counts")] = streak.Actions is { } actions ? string.Join(", ", actions.Order(StringComparer.Ordinal)) : "any earning action";
            facts[("streak", $"{streak.Id} max freezes")] = Text(streak.MaxFreezes);
            foreach (var m in streak.Milestones)
                facts[("streak", $"{streak.Id} at {m.Length:D3}")] = string.Join(", ", new[]
                {
                    m.Xp > 0 ? $"{m.Xp} xp" : null, m.Badge is { } badge ? $"badge {badge}" : null,
                    m.Tokens > 0 ? $"{m.Tokens} tokens" : null, m.Freezes > 0 ? $"{m.Freezes} freeze(s)" : null,
                }.Where(r => r is not null));
        }
    }

    private static void AddBoosts(SortedDictionary<(string Area, string Item), string> facts, BoostRules boosts)
    {
        facts[("boosts", "combine")] = boosts.Combination.ToString().ToLowerInvariant();
        facts[("boosts", "rounding")] = boosts.Rounding.ToString().ToLowerInvariant();
        facts[("boosts", "max factor")] = boosts.MaxFactor.ToString(CultureInfo.InvariantCulture);
        foreach (var boost in boosts.Scheduled)
            facts[("boost", boost.Id)] = string.Create(CultureInfo.InvariantCulture,
                $"{boost.Factor}x {boost.StartsAt:u} to {boost.EndsAt:u}{(boost.Actions is { } a ? $" ({string.Join(", ", a.Order(StringComparer.Ordinal))})" : "")}");
    }

    private static void AddLevels(SortedDictionary<(string Area, string Item), string> facts, LevelCurve curve)
    {
        switch (curve)
        {
            case LinearLevelCurve linear:
                facts[("levels", "xp per level")] = Text(linear.XpPerLevel);
                facts[("levels", "max level")] = Text(linear.Max);
                break;
            case LevelTable table:
                foreach (var level in table.Levels)
                    facts[("levels", $"level {level.Level:D3} threshold")] = $"{level.XpRequired} xp ({level.Name})";
                facts[("levels", "max level")] = Text(table.MaxLevel);
                break;
        }
    }

    private static string BadgeText(BadgeRule badge) => badge.Kind switch
    {
        BadgeKind.ActionCount => $"{badge.Action} x{badge.Threshold}",
        BadgeKind.LevelReached => $"level {badge.Threshold}",
        BadgeKind.ModuleMessages => $"{badge.Threshold} module messages",
        _ => "special",
    };

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
