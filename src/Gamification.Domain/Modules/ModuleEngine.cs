using Gamification.Domain.Rules;

namespace Gamification.Domain.Modules;

/// <summary>Counts messages per user in a module and finds the milestones a count reaches.</summary>
public static class ModuleEngine
{
    public static MessageOutcome RecordMessage(ModuleProgress module, Ruleset rules, string userId, string key)
    {
        if (module.FindMessage(key) is { } seen)
            return new MessageOutcome(seen.UserId, key, seen.Count, Duplicate: true, rules.Messages.Action, Reached(rules, seen.Count));

        var count = (module.MemberOrNull(userId)?.Messages ?? 0) + 1;
        return new MessageOutcome(userId, key, count, Duplicate: false, rules.Messages.Action, Reached(rules, count));
    }

    private static Milestone[] Reached(Ruleset rules, int count) =>
        [.. rules.Messages.Milestones.Where(m => m.FiresAt(count))];

    public static void Apply(this ModuleProgress module, MessageOutcome outcome)
    {
        if (outcome.Duplicate)
            return;
        if (!module.Members.TryGetValue(outcome.UserId, out var member))
            module.Members[outcome.UserId] = member = new ModuleMember();
        member.Messages = outcome.Count;
        if (member.Status == ModuleStatus.NotStarted)
            member.Status = ModuleStatus.InProgress;
        if (module.RecentMessages.Count >= ModuleProgress.RecentKeyCapacity)
            module.RecentMessages.RemoveAt(0);
        module.RecentMessages.Add(new RecentMessage(outcome.Key, outcome.UserId, outcome.Count));
    }

    /// <summary>The idempotency key of a milestone award: one per user, module, milestone and count, forever.</summary>
    public static string MilestoneKey(string moduleId, Milestone milestone, int count) => $"milestone:{moduleId}:{milestone.Id}:{count}";

    /// <summary>The idempotency key of the per-message award, derived from the message's own key.</summary>
    public static string MessageKey(string moduleId, string messageKey) => $"message:{moduleId}:{messageKey}";
}
