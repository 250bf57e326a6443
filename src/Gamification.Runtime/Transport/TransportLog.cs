using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>Log messages of routing and the silo endpoint.</summary>
internal static partial class TransportLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Debug, Message = "Call to {Grain} moved from {Silo} to {Owner}")]
    public static partial void Moved(this ILogger logger, GrainId grain, Uri silo, Uri? owner);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Silo {Silo} is unreachable; partition {Partition} waits for a new owner")]
    public static partial void Unreachable(this ILogger logger, Uri silo, int partition);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Partition {Partition} has no reachable owner after {Waited}; {Grain} is unavailable")]
    public static partial void NoOwner(this ILogger logger, int partition, TimeSpan waited, GrainId grain);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "No silo of {Silos} served the partition map")]
    public static partial void NoMap(this ILogger logger, string silos, Exception exception);
}
