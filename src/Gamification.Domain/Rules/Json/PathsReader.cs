using System.Collections.Frozen;

namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.paths</c>: specialization paths whose multipliers name existing actions.</summary>
internal static class PathsReader
{
    /// <summary>The largest multiplier a path may set, so that no edit can make one action worth a thousand.</summary>
    public const decimal MaxMultiplier = 10m;

    public static Dictionary<string, PathRule> Read(Dictionary<string, PathDocument>? paths, IReadOnlyDictionary<string, ActionRule> actions, ErrorList errors)
    {
        var result = new Dictionary<string, PathRule>(StringComparer.Ordinal);
        foreach (var (id, path) in paths ?? [])
        {
            var at = ErrorList.Member("$.paths", id);
            var before = errors.All.Count;
            if (!Names.IsValid(id))
                errors.Add(at, $"path id {Names.Rule}");
            errors.Required(path.Name, $"{at}.name");
            foreach (var (action, multiplier) in path.XpMultipliers ?? [])
            {
                var field = ErrorList.Member($"{at}.xp_multipliers", action);
                if (!actions.ContainsKey(action))
                    errors.Add(field, $"names no action of the catalog ('{action}')");
                if (multiplier is <= 0 or > MaxMultiplier)
                    errors.Add(field, $"must be above 0 and at most {MaxMultiplier} (is {multiplier})");
            }
            if (errors.All.Count > before)
                continue;
            result[id] = new PathRule(id, path.Name!, (path.XpMultipliers ?? []).ToFrozenDictionary(StringComparer.Ordinal),
                path.Enabled ?? true, path.Description, path.Icon, path.Color);
        }
        return result;
    }
}
