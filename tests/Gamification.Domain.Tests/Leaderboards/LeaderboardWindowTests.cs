using Gamification.Domain.Awards;
using Gamification.Domain.Leaderboards;

namespace Gamification.Domain.Tests.Leaderboards;

/// <summary>Windows turn over in UTC: days at midnight, weeks on ISO Monday, months on the 1st.</summary>
public sealed class LeaderboardWindowTests
{
    [Theory]
    [InlineData("2026-11-21T23:59:59Z", "day:2026-11-21", "week:2026-W47", "month:2026-11")]
    [InlineData("2026-11-22T23:59:59Z", "day:2026-11-22", "week:2026-W47", "month:2026-11")]
    [InlineData("2026-11-23T00:00:00Z", "day:2026-11-23", "week:2026-W48", "month:2026-11")]
    [InlineData("2027-01-01T00:00:00Z", "day:2027-01-01", "week:2026-W53", "month:2027-01")]
    [InlineData("2027-01-04T00:00:00Z", "day:2027-01-04", "week:2027-W01", "month:2027-01")]
    [InlineData("2026-11-23T00:30:00+01:00", "day:2026-11-22", "week:2026-W47", "month:2026-11")]
    public void Periods_are_utc_days_iso_weeks_and_utc_months(string at, string day, string week, string month) =>
        Assert.Equal([day, week, month], LeaderboardWindow.PeriodsOf(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Window_xp_starts_again_in_a_new_day_and_week_and_forgets_the_old_ones()
    {
        var totals = new Dictionary<string, long>();
        var sunday = new DateTimeOffset(2026, 11, 22, 23, 59, 0, TimeSpan.Zero);

        WindowXp.Apply(totals, Outcome(sunday, 30));
        WindowXp.Apply(totals, Outcome(sunday.AddMinutes(2), 20));

        Assert.Equal(new Dictionary<string, long> { ["day:2026-11-23"] = 20, ["week:2026-W48"] = 20, ["month:2026-11"] = 50 }, totals);
    }

    [Fact]
    public void Adjustments_count_in_their_windows_and_badges_add_nothing()
    {
        var totals = new Dictionary<string, long>();
        var at = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

        WindowXp.Apply(totals, Outcome(at, 100));
        WindowXp.Apply(totals, Outcome(at, -40));
        WindowXp.Apply(totals, Outcome(at, 0));

        Assert.All(totals.Values, v => Assert.Equal(60, v));
    }

    private static AwardOutcome Outcome(DateTimeOffset at, int granted) => new()
    {
        Status = AwardStatus.Granted,
        Action = "x",
        AwardedTo = "u",
        IdempotencyKey = Guid.NewGuid().ToString("N"),
        Progress = new Rules.LevelProgress(1, "One", 0, 0, 100, 100, 100, 0, IsMaxLevel: false),
        At = at,
        Entries = [new LedgerEntry("k", LedgerKind.Action, "x", granted, granted, 0, null, 1, at)],
    };
}
