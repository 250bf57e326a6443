namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.actions</c>, the catalog of actions keyed by name.</summary>
internal static class ActionsReader
{
    public static Dictionary<string, ActionRule> Read(Dictionary<string, ActionDocument>? actions, ErrorList errors)
    {
        var result = new Dictionary<string, ActionRule>(StringComparer.Ordinal);
        if (actions is null || actions.Count == 0)
        {
            errors.Add("$.actions", "must list at least one action");
            return result;
        }
        foreach (var (name, action) in actions)
        {
            var path = ErrorList.Member("$.actions", name);
            if (!Names.IsValid(name))
                errors.Add(path, $"action name {Names.Rule}");
            if (Read(name, action, path, errors) is { } rule)
                result[name] = rule;
        }
        return result;
    }

    private static ActionRule? Read(string name, ActionDocument action, string path, ErrorList errors)
    {
        var before = errors.All.Count;
        var xp = errors.Required(action.Xp, $"{path}.xp");
        errors.AtLeast(xp, 0, $"{path}.xp");
        errors.AtLeast(action.DailyLimit, 1, $"{path}.daily_limit");
        errors.AtLeast(action.LifetimeLimit, 1, $"{path}.lifetime_limit");
        errors.AtLeast(action.CooldownSeconds, 0, $"{path}.cooldown_seconds");
        var recipient = action.Recipient switch
        {
            null or "self" => Recipient.Self,
            "creator" => Recipient.Creator,
            var other => Invalid(errors, $"{path}.recipient", $"must be 'self' or 'creator' (is '{other}')"),
        };
        var range = ReadRange(action.CustomAmount, $"{path}.custom_amount", errors);
        if (action.RegistersTarget == true && recipient == Recipient.Creator)
            errors.Add($"{path}.registers_target", "a creator action cannot also register its target");
        if (errors.All.Count > before)
            return null;
        return new ActionRule(name, xp!.Value, action.DailyLimit, action.LifetimeLimit,
            TimeSpan.FromSeconds(action.CooldownSeconds ?? 0), recipient, action.Enabled ?? true,
            action.ClientAllowed ?? false, range, action.Description, action.RegistersTarget ?? false);
    }

    private static AmountRange? ReadRange(AmountRangeDocument? range, string path, ErrorList errors)
    {
        if (range is null)
            return null;
        var min = errors.Required(range.Min, $"{path}.min");
        var max = errors.Required(range.Max, $"{path}.max");
        errors.AtLeast(min, 1, $"{path}.min");
        if (min is { } lo && max is { } hi && hi < lo)
            errors.Add($"{path}.max", $"must be at least min ({lo})");
        return min is { } a && max is { } b ? new AmountRange(a, b) : null;
    }

    private static Recipient Invalid(ErrorList errors, string path, string reason)
    {
        errors.Add(path, reason);
        return Recipient.Self;
    }
}
