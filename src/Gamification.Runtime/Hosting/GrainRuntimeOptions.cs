using System.Text.Json;

namespace Gamification.Runtime;

/// <summary>Settings of the silo runtime (configuration section <c>GrainRuntime</c>); checked at start.</summary>
public sealed class GrainRuntimeOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "GrainRuntime";

    /// <summary>An activation unused this long is deactivated.</summary>
    public TimeSpan IdleCollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the idle collector looks for idle activations.</summary>
    public TimeSpan CollectionScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the reminder service reads the reminders falling due.</summary>
    public TimeSpan ReminderPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How far ahead of now a poll reads; at least the poll interval, so a tick is never read late.</summary>
    public TimeSpan ReminderLookAhead { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The most reminder rows one poll reads.</summary>
    public int ReminderPageSize { get; set; } = 1000;

    /// <summary>The shortest period a grain may register a reminder with.</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The number of partitions grain keys hash to; fixed for the life of the cluster's data.</summary>
    public int PartitionCount { get; set; } = 1024;

    /// <summary>The most writes one group-commit transaction carries.</summary>
    public int GroupCommitMaxBatchSize { get; set; } = 128;

    /// <summary>How many group-commit transactions the silo's writer keeps in flight at once (1-16).</summary>
    public int GroupCommitConcurrency { get; set; } = 2;

    /// <summary>How long the writer waits for a batch to fill before sending it; zero sends as soon as the writer is idle.</summary>
    public TimeSpan GroupCommitMaxWait { get; set; } = TimeSpan.Zero;

    /// <summary>How grain state is serialized; add a JsonSerializerContext to its resolver chain for source-generated state types.</summary>
    public JsonSerializerOptions StateSerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// How grain state is read back, if not with <see cref="StateSerializerOptions"/>: for contract
    /// customizations that only reading needs (a customized contract costs writes the source-generated fast path).
    /// </summary>
    public JsonSerializerOptions? StateDeserializerOptions { get; set; }
}
