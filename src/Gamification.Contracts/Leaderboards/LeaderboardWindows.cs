using System.Globalization;

namespace Gamification.Contracts.Leaderboards;

/// <summary>
/// How callers name a board's window: <c>all</c>, <c>daily</c>, <c>weekly</c>, <c>monthly</c> (the
/// current UTC period), or a period key: <c>day:2026-11-21</c>, <c>week:2026-W47</c> (ISO 8601, Monday
/// first), <c>month:2026-11</c>. The Domain computes the same keys for the windows it counts XP in.
/// </summary>
public static class LeaderboardWindows
{
    public const string AllTime = "all";

    public const string Rule = "must be all, daily, weekly, monthly, or a period: day:yyyy-MM-dd, week:yyyy-Www, month:yyyy-MM";

    /// <summary>The window key <paramref name="window"/> means at <paramref name="now"/>, or null when it names none.</summary>
    public static string? Resolve(string? window, DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        return (window ?? AllTime) switch
        {
            AllTime => AllTime,
            "daily" => string.Create(CultureInfo.InvariantCulture, $"day:{utc:yyyy-MM-dd}"),
            "weekly" => string.Create(CultureInfo.InvariantCulture, $"week:{ISOWeek.GetYear(utc):D4}-W{ISOWeek.GetWeekOfYear(utc):D2}"),
            "monthly" => string.Create(CultureInfo.InvariantCulture, $"month:{utc:yyyy-MM}"),
            var key when IsPeriod(key) => key,
            _ => null,
        };
    }

    private static bool IsPeriod(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            return false;
        var (kind, period) = (key[..colon], key[(colon + 1)..]);
        var invariant = CultureInfo.InvariantCulture;
        return kind switch
        {
            "day" => DateOnly.TryParseExact(period, "yyyy-MM-dd", invariant, DateTimeStyles.None, out _),
            "month" => DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", invariant, DateTimeStyles.None, out _),
            "week" => period.Length == 8 && period[4..6] == "-W"
                && int.TryParse(period[..4], NumberStyles.None, invariant, out var year) && year is >= 1 and <= 9998
                && int.TryParse(period[6..], NumberStyles.None, invariant, out var week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(year),
            _ => false,
        };
    }
}
