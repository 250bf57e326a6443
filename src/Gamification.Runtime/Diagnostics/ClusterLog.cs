using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>Log messages of cluster membership and partition leases.</summary>
internal static partial class ClusterLog
{
    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Silo {Silo} joined the cluster holding {Partitions} partitions")]
    public static partial void Joined(this ILogger logger, SiloAddress silo, int partitions);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Acquired {Count} partition leases; holding {Held}")]
    public static partial void Acquired(this ILogger logger, int count, int held);

    [LoggerMessage(EventId = 702, Level = LogLevel.Information, Message = "Handed back {Count} partition leases after deactivating their grains")]
    public static partial void Released(this ILogger logger, int count);

    [LoggerMessage(EventId = 703, Level = LogLevel.Warning, Message = "Lost {Count} partition leases (not renewed in time); their activations are dropped")]
    public static partial void Lost(this ILogger logger, int count);

    [LoggerMessage(EventId = 704, Level = LogLevel.Warning, Message = "The cluster had declared this silo dead; it rejoins and takes a share again")]
    public static partial void Resurrected(this ILogger logger);

    [LoggerMessage(EventId = 705, Level = LogLevel.Warning, Message = "Cluster tick failed; leases not renewed this time")]
    public static partial void TickFailed(this ILogger logger, Exception error);

    [LoggerMessage(EventId = 706, Level = LogLevel.Information, Message = "Silo {Silo} left the cluster, handing back {Partitions} partitions")]
    public static partial void Left(this ILogger logger, SiloAddress silo, int partitions);
}
