namespace Gamification.Domain.Rules;

/// <summary>XP for watching live streams and replays, per full minute (seed 004).</summary>
/// <param name="LiveXpPerMinute">XP per full minute of a live stream.</param>
/// <param name="ReplayXpPerMinute">XP per full minute of a replay.</param>
/// <param name="DailyMinuteCap">Most minutes that earn per UTC day; null is unlimited.</param>
/// <param name="MaxHeartbeatGap">A longer silence between heartbeats is a pause, not watching.</param>
public sealed record WatchRule(int LiveXpPerMinute, int ReplayXpPerMinute, int? DailyMinuteCap, TimeSpan MaxHeartbeatGap);
