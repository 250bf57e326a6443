using Gamification.Client;
using Gamification.Runtime;

namespace Gamification.Gateway.Dashboard;

/// <summary>The reminder overview as the dashboard's JSON.</summary>
internal static class RemindersView
{
    public static RemindersReply Of(ReminderOverview overview) => new(
        overview.At, overview.DueNextHour, overview.Overdue,
        [.. overview.NextHour.Select(Row)], [.. overview.OverdueReminders.Select(Row)], [.. overview.LastFired.Select(Row)]);

    private static ReminderReply Row(ReminderRow row) => new(
        row.Reminder.Grain.Type, row.Reminder.Grain.Key, row.Reminder.Name, row.Reminder.DueAt, row.Reminder.Period.TotalSeconds, row.LastFiredAt);
}
