using Microsoft.Extensions.Logging;

namespace Gamification.Storage;

/// <summary>Log messages of the journaled storage (event ids 400-419; 400-403 mean what they meant in the home-made runtime).</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Applied {Dialect} schema version {Version}: {Description}")]
    public static partial void Migrated(this ILogger logger, string dialect, int version, string description);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "{Dialect} schema is at version {Version}")]
    public static partial void SchemaReady(this ILogger logger, string dialect, int version);

    [LoggerMessage(EventId = 402, Level = LogLevel.Debug, Message = "Batch of {Count} writes: {Rejected} rejected, rerunning the rest")]
    public static partial void Rerunning(this ILogger logger, int count, int rejected);

    [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "A batch of {Count} writes failed with a statement error; writing each alone to find the bad one")]
    public static partial void Isolating(this ILogger logger, int count, Exception error);

    [LoggerMessage(EventId = 405, Level = LogLevel.Error, Message = "A batch of {Count} state writes failed; their grains see StorageUnavailableException and their callers may retry")]
    public static partial void BatchFailed(this ILogger logger, int count, Exception error);

    // The fault campaign counts these lines ("Refused a stale write"): keep the words if the message changes.
    [LoggerMessage(EventId = 408, Level = LogLevel.Warning, Message = "Refused a stale write of {Grain}: another activation wrote it since version {Version}; the writer's activation reloads")]
    public static partial void StaleWriteRefused(this ILogger logger, string grain, long? version);

    [LoggerMessage(EventId = 406, Level = LogLevel.Information, Message = "Storage provider {Provider} stopped its state writer after committing the writes queued")]
    public static partial void WriterStopped(this ILogger logger, string provider);

    [LoggerMessage(EventId = 407, Level = LogLevel.Error, Message = "Storage provider {Provider} could not migrate its {Dialect} schema; the silo does not start")]
    public static partial void MigrationFailed(this ILogger logger, string provider, string dialect, Exception error);
}
