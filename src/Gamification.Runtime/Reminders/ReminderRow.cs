namespace Gamification.Runtime;

/// <summary>A stored reminder and the due time of the tick it last fired for (null until its first tick).</summary>
public sealed record ReminderRow(ReminderEntry Reminder, DateTimeOffset? LastFiredAt);
