using Gamification.Domain.Rules;

namespace Gamification.Domain.Streaks;

/// <summary>Streak periods are local: a user's evening in their own time zone belongs to their own day.</summary>
public static class StreakCalendar
{
    public static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo? zone) =>
        zone is null ? UtcDay.Of(at) : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The first day of the period that holds <paramref name="day"/>: the day itself, or its week's Monday.</summary>
    public static DateOnly PeriodOf(DateOnly day, StreakPeriod period) =>
        period == StreakPeriod.Day ? day : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>How many periods <paramref name="to"/> lies after <paramref name="from"/> (both first days of periods).</summary>
    public static int Between(DateOnly from, DateOnly to, StreakPeriod period) =>
        (to.DayNumber - from.DayNumber) / Days(period);

    public static DateOnly Add(DateOnly start, int periods, StreakPeriod period) => start.AddDays(periods * Days(period));

    private static int Days(StreakPeriod period) => period == StreakPeriod.Day ? 1 : 7;
}
