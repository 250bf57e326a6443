using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>Log messages of the group-commit writer.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "A batch of {Count} state writes failed; its activations are dropped and their callers may retry")]
    public static partial void BatchFailed(this ILogger logger, int count, Exception error);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "A batch of {Count} reminder changes failed; their callers see the grain unavailable and may retry")]
    public static partial void ReminderBatchFailed(this ILogger logger, int count, Exception error);
}
