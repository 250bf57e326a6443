using Microsoft.Extensions.Logging;

namespace Gamification.Runtime.AdoNet;

/// <summary>Log messages of the database stores.</summary>
internal static partial class AdoNetLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Applied schema version {Version}: {Description}")]
    public static partial void Migrated(this ILogger logger, int version, string description);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Schema is at version {Version}")]
    public static partial void SchemaReady(this ILogger logger, int version);

    [LoggerMessage(EventId = 402, Level = LogLevel.Debug, Message = "Batch of {Count} writes: {Rejected} rejected, rerunning the rest")]
    public static partial void Rerunning(this ILogger logger, int count, int rejected);

    [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "A batch of {Count} writes failed with a statement error; writing each alone to find the bad one")]
    public static partial void Isolating(this ILogger logger, int count, Exception error);

    [LoggerMessage(EventId = 404, Level = LogLevel.Warning, Message = "Ended {Count} database sessions that kept expired partition leases locked for over {Stale} (a silo frozen mid-transaction)")]
    public static partial void EndedStuckLeaseHolders(this ILogger logger, int count, TimeSpan stale);
}
