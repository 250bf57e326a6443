using Gamification.Domain.Awards;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Tests.Seeds;

/// <summary>Seed 004's XP per minute of live or replay watching: per full minute, once, whatever the heartbeat rate.</summary>
public sealed class AcademyWatchingTests
{
    private readonly Journey viewer = new(Presets.Academy);

    [Fact]
    public void Five_minutes_of_live_heartbeats_every_15_seconds_earn_five_minutes()
    {
        var earned = WatchFor(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(15), "stream-1");

        Assert.Equal(5 + 5 * 2, earned);
        Assert.Equal(5, viewer.State.Today.WatchMinutes);
    }

    [Fact]
    public void A_faster_heartbeat_earns_no_more()
    {
        var earned = WatchFor(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(1), "stream-1");

        Assert.Equal(5 + 5 * 2, earned);
    }

    [Fact]
    public void Two_devices_on_the_same_stream_count_each_minute_once()
    {
        var earned = 0;
        for (var second = 0; second <= 300; second += 10)
        {
            viewer.Now = Journey.Start.AddSeconds(second);
            earned += viewer.Watch("stream-1").XpAdded;
            earned += viewer.Watch("stream-1").XpAdded;
        }

        Assert.Equal(5 + 5 * 2, earned);
    }

    [Fact]
    public void A_silence_longer_than_the_gap_is_a_pause_not_watching()
    {
        viewer.Watch("stream-1");
        viewer.Now = viewer.Now.AddMinutes(30);

        var afterPause = viewer.Watch("stream-1");

        Assert.Equal(0, viewer.State.Today.WatchMinutes);
        Assert.DoesNotContain(afterPause.Entries, e => e.Kind == LedgerKind.Watch);
    }

    [Fact]
    public void Replays_earn_their_own_rate()
    {
        var earned = WatchFor(TimeSpan.FromMinutes(4), TimeSpan.FromSeconds(30), "replay-9", WatchKind.Replay);

        Assert.Equal(5 + 4 * 1, earned);
    }

    [Fact]
    public void Watching_stops_earning_at_the_daily_minute_cap()
    {
        WatchFor(TimeSpan.FromMinutes(200), TimeSpan.FromSeconds(30), "stream-1");

        Assert.Equal(180, viewer.State.Today.WatchMinutes);
        Assert.Equal(5 + 180 * 2, viewer.State.Xp);
    }

    [Fact]
    public void A_heartbeat_for_an_app_without_watch_rules_is_refused()
    {
        var storybook = new Journey(Presets.Storybook);

        Assert.Equal(RejectionReason.WatchNotConfigured, storybook.Watch("s").Rejection?.Reason);
    }

    private int WatchFor(TimeSpan duration, TimeSpan interval, string stream, WatchKind kind = WatchKind.Live)
    {
        var earned = 0;
        var start = viewer.Now;
        for (var t = TimeSpan.Zero; t <= duration; t += interval)
        {
            viewer.Now = start + t;
            earned += viewer.Watch(stream, kind).XpAdded;
        }
        return earned;
    }
}
