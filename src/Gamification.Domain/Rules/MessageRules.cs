namespace Gamification.Domain.Rules;

/// <summary>What a message in a module or conversation earns.</summary>
/// <param name="Action">The action awarded for every message (seed 004's group discussion message), if any.</param>
public sealed record MessageRules(string? Action, IReadOnlyList<Milestone> Milestones)
{
    public static readonly MessageRules None = new(null, []);
}
