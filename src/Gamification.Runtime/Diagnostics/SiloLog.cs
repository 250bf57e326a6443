using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>Log messages of the silo's start and stop.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Silo started: {GrainTypes} grain types, {Partitions} partitions")]
    public static partial void Started(this ILogger logger, int grainTypes, int partitions);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Silo stopping: deactivating {Activations} activations")]
    public static partial void Stopping(this ILogger logger, int activations);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Silo stopped")]
    public static partial void Stopped(this ILogger logger);
}
