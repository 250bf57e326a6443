using Gamification.Domain.Rules;

namespace Gamification.Domain.Modules;

/// <summary>Counts messages per user in a module and finds the milestones a count reaches.</summary>
public static class ModuleEngine
{
    public static MessageOutcome RecordMessage(ModuleProgress module, Ruleset rules, string userId, string key)
    {
        var before = module.MemberOrNull(userId)?.Messages ?? 0;
        if (module.RecentKeys.Contains(key))
            return new MessageOutcome(userId, key, before, Duplicate: true, null, []);

        var count = before + 1;
        List<Milestone>? reached = null;
        foreach (var milestone in rules.Messages.Milestones)
        {
            if (milestone.FiresAt(count))
                (reached ??= []).Add(milestone);
        }
        return new MessageOutcome(userId, key, count, Duplicate: false, rules.Messages.Action, (IReadOnlyList<Milestone>?)reached ?? []);
    }

    public static void Apply(this ModuleProgress module, MessageOutcome outcome)
    {
        if (outcome.Duplicate)
            return;
        if (!module.Members.TryGetValue(outcome.UserId, out var member))
            module.Members[outcome.UserId] = member = new ModuleMember();
        member.Messages = outcome.Count;
        if (member.Status == ModuleStatus.NotStarted)
            member.Status = ModuleStatus.InProgress;
        if (module.RecentKeys.Count >= ModuleProgress.RecentKeyCapacity)
            module.RecentKeys.RemoveAt(0);
        module.RecentKeys.Add(outcome.Key);
    }

    /// <summary>The idempotency key of a milestone award: one per user, module, milestone and count, forever.</summary>
    public static string MilestoneKey(string moduleId, Milestone milestone, int count) => $"milestone:{moduleId}:{milestone.Id}:{count}";

    /// <summary>The idempotency key of the per-message award, derived from the message's own key.</summary>
    public static string MessageKey(string moduleId, string messageKey) => $"message:{moduleId}:{messageKey}";
}
