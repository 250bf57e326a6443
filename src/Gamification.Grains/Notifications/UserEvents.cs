using Gamification.Contracts.Awards;
using Gamification.Contracts.Notifications;
using Gamification.Domain.Awards;
using Gamification.Domain.Rules;

namespace Gamification.Grains.Notifications;

/// <summary>
/// The events in committed ledger lines: a level or grade crossed, a badge earned. Derived from the
/// lines alone, so a commit and a later recovery from the journal name each event the same.
/// </summary>
internal static class UserEvents
{
    public const string LevelUp = "level_up";
    public const string BadgeEarned = "badge_earned";
    public const string GradeChanged = "grade_changed";

    private static readonly string BadgeKind = Mapping.Codes.Of(Domain.Awards.LedgerKind.Badge);

    // Streak and boost lines are events of their own kind's name: streak_extended, boost_started...
    private static readonly HashSet<string> LineEvents = new(
        Enum.GetValues<LedgerKind>().Where(IsLineEvent).Select(k => Mapping.Codes.Of(k)), StringComparer.Ordinal);

    /// <summary>Whether a ledger entry of <paramref name="kind"/> is an event of its own (streaks, boosts).</summary>
    public static bool IsLineEvent(LedgerKind kind) =>
        kind is LedgerKind.StreakExtended or LedgerKind.StreakFrozen or LedgerKind.StreakLost or LedgerKind.StreakMilestone
            or LedgerKind.BoostStarted or LedgerKind.BoostEnded;

    public static IReadOnlyList<UserEvent> From(string app, string userId, IEnumerable<LedgerLine> lines, Ruleset rules, UserType userType)
    {
        var events = new List<UserEvent>();
        foreach (var line in lines)
        {
            if (line.Kind == BadgeKind)
                events.Add(Event(BadgeEarned, line, null, null, line.Subject));
            if (LineEvents.Contains(line.Kind))
                events.Add(Event(line.Kind, line, null, null, line.Subject) with { StreakLength = line.Streak?.Length });
            var before = line.BalanceAfter - line.Granted;
            var (from, to) = (rules.Levels.LevelFor(before), rules.Levels.LevelFor(line.BalanceAfter));
            if (to > from)
                events.Add(Event(LevelUp, line, to, from, rules.Levels.ProgressFor(line.BalanceAfter).LevelName));
            var (gradeBefore, gradeAfter) = (rules.GradeFor(before, userType), rules.GradeFor(line.BalanceAfter, userType));
            if (gradeAfter is not null && gradeAfter.Name != gradeBefore?.Name)
                events.Add(Event(GradeChanged, line, null, null, gradeAfter.Name));
        }
        return events;

        UserEvent Event(string type, LedgerLine line, int? level, int? previous, string? name) =>
            new($"{app}/{userId}/{line.Key}.{type}", type, app, userId, line.At, line.Key, line.BalanceAfter, level, previous, name, line.RulesetVersion);
    }
}
