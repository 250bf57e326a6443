using System.Globalization;

namespace Gamification.Domain.Leaderboards;

/// <summary>
/// The periods a board is kept for, all in UTC: <c>all</c>, <c>day:2026-11-21</c>,
/// <c>week:2026-W47</c> (ISO 8601 weeks, Monday first) and <c>month:2026-11</c>.
/// Callers name windows through the same keys in <c>Gamification.Contracts.Leaderboards.LeaderboardWindows</c>.
/// </summary>
public static class LeaderboardWindow
{
    public const string AllTime = "all";

    /// <summary>The day, week and month windows that contain <paramref name="at"/>.</summary>
    public static IReadOnlyList<string> PeriodsOf(DateTimeOffset at) => [Day(at), Week(at), Month(at)];

    public static string Day(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"day:{UtcDay.Of(at):yyyy-MM-dd}");

    public static string Week(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"week:{ISOWeek.GetYear(utc):D4}-W{ISOWeek.GetWeekOfYear(utc):D2}");
    }

    public static string Month(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"month:{at.UtcDateTime:yyyy-MM}");
}
