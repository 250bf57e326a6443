using Gamification.Domain.Awards;
using Gamification.Domain.Replays;
using Gamification.Domain.Streaks;

namespace Gamification.Domain.Tests.Streaks;

public sealed class StreakTests
{
    [Fact]
    public void Consecutive_days_extend_the_streak_once_per_day()
    {
        var user = new Journey(StreakRules.With());

        user.Do("post");
        user.Do("post");
        user.NextDay();
        var second = user.Do("post");

        Assert.Equal(2, user.State.Streaks!["daily"].Current);
        Assert.Contains(second.Entries, e => e.Kind == LedgerKind.StreakExtended && e.Streak!.Length == 2);
        Assert.Single(user.Ledger, e => e.Kind == LedgerKind.StreakExtended && e.Streak!.Length == 1);
    }

    [Fact]
    public void An_action_the_streak_does_not_name_leaves_it_alone()
    {
        var user = new Journey(StreakRules.With());

        var read = user.Do("read");

        Assert.True(read.IsGranted);
        Assert.DoesNotContain(read.Entries, e => e.Streak is not null);
        Assert.Null(user.State.Streaks);
    }

    [Fact]
    public void A_missed_day_without_a_freeze_loses_the_streak_and_starts_a_new_one()
    {
        var user = new Journey(StreakRules.With(maxFreezes: 0));
        user.Do("post");
        user.NextDay();
        user.Do("post");
        user.NextDay();
        user.NextDay();

        Assert.Equal(0, StreakStanding.Of(user.State, user.Rules.Streaks["daily"], user.Now).Current);
        var back = user.Do("post");

        Assert.Equal([LedgerKind.Action, LedgerKind.StreakLost, LedgerKind.StreakExtended], back.Entries.Select(e => e.Kind));
        Assert.Equal((1, 2), (user.State.Streaks!["daily"].Current, user.State.Streaks!["daily"].Longest));
    }

    [Fact]
    public void A_held_freeze_is_used_up_for_the_missed_day_and_counts_as_a_link()
    {
        var user = new Journey(StreakRules.With());
        user.GrantFreezes("daily", 1);
        user.Do("post");
        user.NextDay();
        user.NextDay();

        Assert.Equal(1, StreakStanding.Of(user.State, user.Rules.Streaks["daily"], user.Now).FreezesNeeded);
        var back = user.Do("post");

        Assert.Contains(back.Entries, e => e.Kind == LedgerKind.StreakFrozen && e.Streak!.Period == DateOnly.FromDateTime(Journey.Start.UtcDateTime).AddDays(1));
        // The freeze is used up; reaching length 3 earns the milestone's one.
        Assert.Equal((3, 1), (user.State.Streaks!["daily"].Current, user.State.Streaks!["daily"].Freezes));
    }

    [Fact]
    public void Milestones_reward_once_per_streak_within_the_daily_cap()
    {
        var user = new Journey(StreakRules.With(cap: 12));
        for (var day = 0; day < 3; day++)
        {
            user.Do("post");
            user.NextDay();
        }

        var milestones = user.Ledger.Where(e => e.Kind == LedgerKind.StreakMilestone).ToList();
        Assert.Equal([2, 3], milestones.Select(e => e.Streak!.Length));
        // Day 3: 10 XP for the post leaves 2 of the cap for the 20 XP milestone.
        Assert.Equal((20, 2, CapCut.DailyCap), (milestones[1].Requested, milestones[1].Granted, milestones[1].CutBy!.Value));
        Assert.Equal(1, user.State.Streaks!["daily"].Freezes);
    }

    [Fact]
    public void An_evening_in_the_users_time_zone_belongs_to_their_own_day()
    {
        var user = new Journey(StreakRules.With()) { Now = new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.FromHours(-5)) };
        user.State.TimeZone = "America/New_York";
        user.Do("post");
        // 04:00 UTC on the 22nd: still the 21st in New York... and the next evening is the 22nd there.
        user.Now = user.Now.AddHours(20);
        user.Do("post");

        Assert.Equal(new DateOnly(2026, 11, 22), user.State.Streaks!["daily"].LastPeriod);
        Assert.Equal(2, user.State.Streaks!["daily"].Current);
    }

    [Fact]
    public void Weekly_streaks_count_iso_weeks()
    {
        var user = new Journey(StreakRules.With(period: "week")) { Now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero) };
        user.Do("post");
        user.Now = user.Now.AddDays(6);
        user.Do("post");
        user.Now = user.Now.AddDays(1);
        user.Do("post");

        Assert.Equal(new DateOnly(2026, 11, 30), user.State.Streaks!["daily"].LastPeriod);
        Assert.Equal(2, user.State.Streaks!["daily"].Current);
    }

    [Fact]
    public void Freezes_are_refused_above_the_cap_and_for_unknown_streaks()
    {
        var user = new Journey(StreakRules.With(maxFreezes: 2));

        Assert.True(user.GrantFreezes("daily", 2).IsGranted);
        Assert.Equal(RejectionReason.FreezeCapReached, user.GrantFreezes("daily", 1).Rejection!.Reason);
        Assert.Equal(RejectionReason.UnknownStreak, user.GrantFreezes("weekly", 1).Rejection!.Reason);
        Assert.Equal(2, user.State.Streaks!["daily"].Freezes);
    }

    [Fact]
    public void Replaying_the_ledger_rebuilds_the_streak()
    {
        var user = new Journey(StreakRules.With());
        user.GrantFreezes("daily", 1);
        foreach (var gap in new[] { 1, 1, 2, 1, 3, 1 })
        {
            user.Do("post");
            for (var i = 0; i < gap; i++)
                user.NextDay();
        }

        var rebuilt = LedgerReplay.Rebuild(user.Ledger, user.Rules);

        Assert.Equal(StreakJson(user.State), StreakJson(rebuilt));
        Assert.Equal(user.State.Xp, rebuilt.Xp);
    }

    internal static string StreakJson(Progress.UserProgress state) => System.Text.Json.JsonSerializer.Serialize(state.Streaks);
}
