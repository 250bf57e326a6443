namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.badges</c>, keyed by badge id.</summary>
internal static class BadgesReader
{
    public static Dictionary<string, BadgeRule> Read(Dictionary<string, BadgeDocument>? badges, Dictionary<string, ActionRule> actions, ErrorList errors)
    {
        var result = new Dictionary<string, BadgeRule>(StringComparer.Ordinal);
        foreach (var (id, badge) in badges ?? [])
        {
            var path = ErrorList.Member("$.badges", id);
            var before = errors.All.Count;
            if (!Names.IsValid(id))
                errors.Add(path, $"badge id {Names.Rule}");
            errors.Required(badge.Name, $"{path}.name");
            var kind = ReadKind(badge.Kind, $"{path}.kind", errors);
            if (kind is BadgeKind.ActionCount)
            {
                if (errors.Required(badge.Action, $"{path}.action") is { } action && !actions.ContainsKey(action))
                    errors.Add($"{path}.action", $"names no action of this ruleset ('{action}')");
            }
            if (kind is BadgeKind.ActionCount or BadgeKind.LevelReached or BadgeKind.ModuleMessages)
                errors.AtLeast(errors.Required(badge.Threshold, $"{path}.threshold"), 1, $"{path}.threshold");
            if (errors.All.Count == before && kind is { } k)
                result[id] = new BadgeRule(id, badge.Name!, k, badge.Description, badge.Action, badge.Threshold ?? 0);
        }
        return result;
    }

    private static BadgeKind? ReadKind(string? kind, string path, ErrorList errors)
    {
        BadgeKind? parsed = kind switch
        {
            "action_count" => BadgeKind.ActionCount,
            "level_reached" => BadgeKind.LevelReached,
            "module_messages" => BadgeKind.ModuleMessages,
            "special" => BadgeKind.Special,
            _ => null,
        };
        if (parsed is null)
            errors.Add(path, $"must be one of action_count, level_reached, module_messages, special (is '{kind}')");
        return parsed;
    }
}
