namespace Gamification.Storage.Orleans;

/// <summary>How the reminder tables store a reminder's start.</summary>
internal static class ReminderTimes
{
    /// <summary>
    /// Orleans hands reminders UTC times; an Unspecified one is taken as UTC (as the ADO.NET table does) rather than shifted.
    /// </summary>
    public static DateTime Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
