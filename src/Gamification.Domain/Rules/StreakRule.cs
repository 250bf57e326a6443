namespace Gamification.Domain.Rules;

/// <summary>
/// A streak of consecutive periods with a counted event (<c>streaks.&lt;id&gt;</c>). A missed period ends it
/// unless the user holds a freeze, which is then used up for that period and counts as a link.
/// </summary>
/// <param name="Actions">The actions that count; null when any earning event (an action or watching that earned) counts.</param>
/// <param name="MaxFreezes">The most freezes a user may hold for this streak; 0 when the streak has no freezes.</param>
/// <param name="Milestones">Rewards by length, shortest first.</param>
public sealed record StreakRule(string Id, string Name, StreakPeriod Period, IReadOnlySet<string>? Actions, int MaxFreezes, IReadOnlyList<StreakMilestone> Milestones)
{
    /// <summary>Whether an earning event of <paramref name="action"/> (<c>watch_live</c> and <c>watch_replay</c> for watching) extends this streak.</summary>
    public bool Counts(string action) => Actions is null || Actions.Contains(action);
}
