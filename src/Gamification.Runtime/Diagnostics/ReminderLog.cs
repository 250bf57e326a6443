using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>Log messages of the reminder service.</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Reading due reminders failed; the next poll tries again")]
    public static partial void PollFailed(this ILogger logger, Exception error);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Reminder {Reminder} of {Grain} failed; it stays due and is retried")]
    public static partial void TickFailed(this ILogger logger, GrainId grain, string reminder, Exception error);
}
