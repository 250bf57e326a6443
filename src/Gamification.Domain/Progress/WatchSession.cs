namespace Gamification.Domain.Progress;

/// <summary>
/// Watching of one stream today. Time is counted by the wall clock between heartbeats, so two
/// devices or a fast heartbeat rate never count a minute twice.
/// </summary>
public sealed record WatchSession(string StreamId, DateTimeOffset LastBeatAt, TimeSpan Carry, int MinutesAwarded);
