namespace Gamification.Gateway.Dashboard;

/// <summary><c>GET /dashboard/api/reminders</c>: counts and the first rows of each list.</summary>
internal sealed record RemindersReply(
    DateTimeOffset At,
    int DueNextHour,
    int Overdue,
    IReadOnlyList<ReminderReply> NextHour,
    IReadOnlyList<ReminderReply> OverdueReminders,
    IReadOnlyList<ReminderReply> LastFired);

/// <summary>One reminder; <paramref name="LastFiredAt"/> is the due time of the tick it last fired for.</summary>
internal sealed record ReminderReply(string GrainType, string GrainKey, string Name, DateTimeOffset DueAt, double PeriodSeconds, DateTimeOffset? LastFiredAt);
