using Gamification.Domain.Awards;

namespace Gamification.Domain.Tests.Engine;

/// <summary>Replayed (imported) events are decided at the time they happened.</summary>
public sealed class OccurredAtTests
{
    [Fact]
    public void An_event_of_a_day_before_the_users_current_day_is_refused_and_changes_nothing()
    {
        var user = new Journey(Presets.Mikoshi);
        user.Repeat("create_scene", 1);
        var xp = user.State.Xp;
        user.Now = user.Now.AddDays(-1);

        var outcome = user.Do("create_scene");

        Assert.Equal(RejectionReason.OccurredBeforeCurrentDay, outcome.Rejection?.Reason);
        Assert.Equal("The event occurred on 2026-11-20, before the user's current day 2026-11-21, whose counters replaced that day's; import history in time order",
            outcome.Rejection!.Detail);
        Assert.Equal(xp, user.State.Xp);
        Assert.Equal(1, user.State.Today.CountOf("create_scene"));
    }

    [Fact]
    public void Events_replayed_in_time_order_count_each_days_limit_on_its_own_day()
    {
        var user = new Journey(Presets.Mikoshi) { Now = Journey.Start.AddDays(-3) };

        user.Repeat("create_scene", 2);
        Assert.Equal(RejectionReason.DailyLimitReached, user.Do("create_scene").Rejection?.Reason);
        user.NextDay();
        user.Repeat("create_scene", 2);

        Assert.Equal(60, user.State.Xp);
    }
}
