namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.messages</c>: the per-message action and the milestones of message counts.</summary>
internal static class MessagesReader
{
    public static MessageRules Read(MessagesDocument? messages, Dictionary<string, ActionRule> actions, Dictionary<string, BadgeRule> badges, ErrorList errors)
    {
        if (messages is null)
            return MessageRules.None;
        if (messages.Action is { } action && !actions.ContainsKey(action))
            errors.Add("$.messages.action", $"names no action of this ruleset ('{action}')");
        var milestones = new List<Milestone>();
        for (var i = 0; i < (messages.Milestones?.Count ?? 0); i++)
        {
            if (Read(messages.Milestones![i], $"$.messages.milestones[{i}]", actions, badges, milestones, errors) is { } milestone)
                milestones.Add(milestone);
        }
        return new MessageRules(messages.Action, milestones);
    }

    private static Milestone? Read(MilestoneDocument m, string path, Dictionary<string, ActionRule> actions, Dictionary<string, BadgeRule> badges, List<Milestone> seen, ErrorList errors)
    {
        var before = errors.All.Count;
        if (errors.Required(m.Id, $"{path}.id") is { } id && (!Names.IsValid(id) || seen.Exists(s => s.Id == id)))
            errors.Add($"{path}.id", $"must be unique and {Names.Rule}");
        if ((m.Every is null) == (m.At is null))
            errors.Add(path, "must have exactly one of 'every' or 'at'");
        errors.AtLeast(m.Every, 1, $"{path}.every");
        errors.AtLeast(m.At, 1, $"{path}.at");
        if ((m.Action is null) == (m.Badge is null))
            errors.Add(path, "must have exactly one of 'action' or 'badge'");
        if (m.Action is { } action && !actions.ContainsKey(action))
            errors.Add($"{path}.action", $"names no action of this ruleset ('{action}')");
        if (m.Badge is { } badge && badges.GetValueOrDefault(badge)?.Kind != BadgeKind.ModuleMessages)
            errors.Add($"{path}.badge", $"must name a module_messages badge of this ruleset ('{badge}')");
        return errors.All.Count == before ? new Milestone(m.Id!, m.Every, m.At, m.Action, m.Badge) : null;
    }
}
