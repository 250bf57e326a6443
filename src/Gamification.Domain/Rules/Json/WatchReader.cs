namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.watch</c>: XP per minute of live streams and replays.</summary>
internal static class WatchReader
{
    private const int DefaultMaxGapSeconds = 90;

    public static WatchRule? Read(WatchDocument? watch, ErrorList errors)
    {
        if (watch is null)
            return null;
        var live = errors.Required(watch.LiveXpPerMinute, "$.watch.live_xp_per_minute");
        var replay = errors.Required(watch.ReplayXpPerMinute, "$.watch.replay_xp_per_minute");
        errors.AtLeast(live, 0, "$.watch.live_xp_per_minute");
        errors.AtLeast(replay, 0, "$.watch.replay_xp_per_minute");
        errors.AtLeast(watch.DailyMinuteCap, 1, "$.watch.daily_minute_cap");
        errors.AtLeast(watch.MaxHeartbeatGapSeconds, 1, "$.watch.max_heartbeat_gap_seconds");
        if (live is not >= 0 || replay is not >= 0)
            return null;
        return new WatchRule(live.Value, replay.Value, watch.DailyMinuteCap,
            TimeSpan.FromSeconds(watch.MaxHeartbeatGapSeconds ?? DefaultMaxGapSeconds));
    }
}
