using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Streaks;

/// <summary>
/// A user's streak as of now, without waiting for their next event: alive while the freezes held cover every
/// period missed since the last counted one, 0 once they cannot.
/// </summary>
/// <param name="CountedThisPeriod">Whether the current period already counts.</param>
/// <param name="FreezesNeeded">Freezes the next counted event will use up for the periods missed until now.</param>
/// <param name="NextMilestone">The next rewarded length the current streak can reach, if any.</param>
public sealed record StreakStanding(
    StreakRule Rule,
    int Current,
    int Longest,
    int Freezes,
    DateOnly? LastPeriod,
    bool CountedThisPeriod,
    int FreezesNeeded,
    StreakMilestone? NextMilestone)
{
    public static StreakStanding Of(UserProgress state, StreakRule rule, DateTimeOffset now)
    {
        var progress = state.StreakOf(rule.Id);
        var period = StreakCalendar.PeriodOf(StreakCalendar.LocalDay(now, UserTimeZones.Find(state.TimeZone)), rule.Period);
        var (current, freezes) = (progress?.Current ?? 0, progress?.Freezes ?? 0);
        var missed = progress?.LastPeriod is { } last && last < period ? StreakCalendar.Between(last, period, rule.Period) - 1 : 0;
        if (missed > freezes)
            current = 0;
        var needed = current > 0 ? missed : 0;
        var next = rule.Milestones.FirstOrDefault(m => m.Length > current + needed);
        return new StreakStanding(rule, current, progress?.Longest ?? 0, freezes, progress?.LastPeriod, progress?.LastPeriod >= period, needed, next);
    }
}
