using FsCheck;
using FsCheck.Fluent;
using Gamification.Domain.Awards;
using Gamification.Domain.Replays;
using Gamification.Domain.Rules;
using Gamification.Domain.Streaks;
using Gamification.Domain.Tests.Streaks;

namespace Gamification.Domain.Tests.Properties;

/// <summary>
/// Streak invariants over random histories across many midnights, in time zones on both sides of UTC and
/// through their DST changes (the histories start in March and run for months).
/// </summary>
public sealed class StreakProperties
{
    private static readonly string[] Zones = ["", "America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati"];

    private static readonly Gen<StreakStep> Step =
        from hours in Gen.Frequency((5, Gen.Choose(1, 30)), (3, Gen.Choose(20, 50)), (1, Gen.Choose(50, 200)))
        from pick in Gen.Choose(0, 19)
        select new StreakStep(hours, pick);

    private static readonly Arbitrary<(int Zone, StreakStep[] Steps)> Histories =
        (from zone in Gen.Choose(0, Zones.Length - 1)
         from steps in Gen.ArrayOf(Step).Resize(250)
         select (zone, steps)).ToArbitrary();

    [Theory]
    [InlineData("day")]
    [InlineData("week")]
    public void Every_history_keeps_the_streak_invariants(string period)
    {
        var rules = StreakRules.With(period: period, maxFreezes: 2, cap: 40);
        Prop.ForAll(Histories, history => Holds(rules, Zones[history.Zone], history.Steps)).QuickCheckThrowOnFailure();
    }

    private static bool Holds(Ruleset rules, string zone, StreakStep[] steps)
    {
        var rule = rules.Streaks["daily"];
        var tz = UserTimeZones.Find(zone);
        var user = new Journey(rules) { Now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero) };
        user.State.TimeZone = tz?.Id;
        var counted = new SortedSet<DateOnly>();
        foreach (var step in steps)
        {
            user.Now = user.Now.AddHours(step.HoursLater);
            var period = StreakCalendar.PeriodOf(StreakCalendar.LocalDay(user.Now, tz), rule.Period);
            if (step.Pick == 0)
                user.GrantFreezes("daily", 1 + step.HoursLater % 2);
            else if (user.Do(step.Pick < 14 ? "post" : "read") is { IsGranted: true, Action: "post" })
                counted.Add(period);
            var held = user.State.StreakOf("daily")?.Freezes ?? 0;
            Assert.InRange(held, 0, rule.MaxFreezes);
            Assert.True(user.State.Today.XpGained <= 40, "a streak reward passed the daily cap");
            NowViewIsZeroOnceAPeriodWasMissedWithoutAFreeze(user, rule, period);
        }
        CheckLedger(user, rule, counted);
        return true;
    }

    private static void NowViewIsZeroOnceAPeriodWasMissedWithoutAFreeze(Journey user, StreakRule rule, DateOnly period)
    {
        var standing = StreakStanding.Of(user.State, rule, user.Now);
        if (standing.LastPeriod is not { } last)
            return;
        var missed = Math.Max(0, StreakCalendar.Between(last, period, rule.Period) - 1);
        Assert.Equal(missed > standing.Freezes ? 0 : user.State.Streaks!["daily"].Current, standing.Current);
    }

    private static void CheckLedger(Journey user, StreakRule rule, SortedSet<DateOnly> counted)
    {
        var frozen = user.Ledger.Where(e => e.Kind == LedgerKind.StreakFrozen).Select(e => e.Streak!.Period).ToList();
        // A freeze is used only for a period with no counted event, between two that had one.
        Assert.All(frozen, p => Assert.DoesNotContain(p, counted));
        Assert.All(frozen, p => Assert.True(counted.Min < p && p < counted.Max));
        Assert.Equal(frozen.Count, frozen.Distinct().Count());

        var covered = new SortedSet<DateOnly>(counted.Concat(frozen));
        var runs = Runs(covered, rule.Period);
        var streak = user.State.StreakOf("daily");
        Assert.Equal(counted.Count == 0 ? null : counted.Max, streak?.LastPeriod);
        Assert.Equal(runs.Count == 0 ? 0 : runs[^1].Length, streak?.Current ?? 0);
        Assert.Equal(runs.Count == 0 ? 0 : runs.Max(r => r.Length), streak?.Longest ?? 0);

        // Each rewarded length is granted once for every run that reached it, and never otherwise.
        var milestones = user.Ledger.Where(e => e.Kind == LedgerKind.StreakMilestone).ToList();
        Assert.Equal(milestones.Count, milestones.Select(e => e.Key).Distinct().Count());
        foreach (var milestone in rule.Milestones)
            Assert.Equal(runs.Count(r => r.Length >= milestone.Length), milestones.Count(e => e.Streak!.Length == milestone.Length));
        Assert.True(user.Ledger.Count(e => e.Kind == LedgerKind.Badge) <= 1);

        var rebuilt = LedgerReplay.Rebuild(user.Ledger, user.Rules);
        Assert.Equal(StreakTests.StreakJson(user.State), StreakTests.StreakJson(rebuilt));
        Assert.Equal(user.State.Xp, rebuilt.Xp);
    }

    /// <summary>Maximal runs of consecutive covered periods, oldest first.</summary>
    private static List<(DateOnly Start, int Length)> Runs(SortedSet<DateOnly> covered, StreakPeriod period)
    {
        var runs = new List<(DateOnly Start, int Length)>();
        foreach (var p in covered)
        {
            if (runs.Count > 0 && StreakCalendar.Add(runs[^1].Start, runs[^1].Length, period) == p)
                runs[^1] = (runs[^1].Start, runs[^1].Length + 1);
            else
                runs.Add((p, 1));
        }
        return runs;
    }
}
