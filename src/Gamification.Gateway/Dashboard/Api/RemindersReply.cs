namespace Gamification.Gateway.Dashboard;

/// <summary>
/// <c>GET /dashboard/api/reminders</c>: Orleans's reminder table, read on a silo. The table keeps a reminder's
/// first tick and period only, so due times are computed; <paramref name="Complete"/> is false when the table
/// holds more than <paramref name="ScanLimit"/> rows and the counts cover only those read.
/// </summary>
internal sealed record RemindersReply(
    DateTimeOffset At,
    int Total,
    int DueNextHour,
    int DueLastHour,
    bool Complete,
    int ScanLimit,
    IReadOnlyList<ReminderReply> NextHour,
    IReadOnlyList<ReminderReply> LastHour);

/// <summary>One reminder: <paramref name="DueAt"/> is its next tick, <paramref name="LastDueAt"/> its last tick at or before now.</summary>
internal sealed record ReminderReply(string GrainType, string GrainKey, string Name, DateTimeOffset DueAt, DateTimeOffset? LastDueAt, DateTimeOffset StartAt, double PeriodSeconds);
