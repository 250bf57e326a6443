using System.Globalization;

namespace Gamification.Domain.Leaderboards;

/// <summary>
/// The periods a board is kept for, all in UTC: <c>all</c>, <c>day:2026-11-21</c>,
/// <c>week:2026-W47</c> (ISO 8601 weeks, Monday first) and <c>month:2026-11</c>.
/// </summary>
public static class LeaderboardWindow
{
    public const string AllTime = "all";

    /// <summary>The names a caller picks a window by.</summary>
    public static readonly IReadOnlyList<string> Names = ["all", "daily", "weekly", "monthly"];

    /// <summary>The day, week and month windows that contain <paramref name="at"/>.</summary>
    public static IReadOnlyList<string> PeriodsOf(DateTimeOffset at) => [Day(at), Week(at), Month(at)];

    public static string Day(DateTimeOffset at) => $"day:{UtcDay.Of(at):yyyy-MM-dd}";

    public static string Week(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return $"week:{ISOWeek.GetYear(utc):D4}-W{ISOWeek.GetWeekOfYear(utc):D2}";
    }

    public static string Month(DateTimeOffset at) => $"month:{at.UtcDateTime:yyyy-MM}";

    /// <summary>The window key for <paramref name="name"/> (<see cref="Names"/>) at <paramref name="at"/>, or null for an unknown name.</summary>
    public static string? Current(string name, DateTimeOffset at) => name switch
    {
        "all" => AllTime,
        "daily" => Day(at),
        "weekly" => Week(at),
        "monthly" => Month(at),
        _ => null,
    };

    /// <summary>Whether <paramref name="key"/> names a window (<c>all</c> or a well-formed period).</summary>
    public static bool IsKey(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            return key == AllTime;
        var (kind, period) = (key[..colon], key[(colon + 1)..]);
        var invariant = CultureInfo.InvariantCulture;
        return kind switch
        {
            "day" => DateOnly.TryParseExact(period, "yyyy-MM-dd", invariant, DateTimeStyles.None, out _),
            "month" => DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", invariant, DateTimeStyles.None, out _),
            "week" => period.Length == 8 && period[4..6] == "-W" && int.TryParse(period[..4], invariant, out var year)
                && int.TryParse(period[6..], invariant, out var week) && year is >= 1 and <= 9999 && week >= 1 && week <= ISOWeek.GetWeeksInYear(year),
            _ => false,
        };
    }
}
