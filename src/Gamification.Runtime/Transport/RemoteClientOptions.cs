namespace Gamification.Runtime;

/// <summary>A process that calls grains without hosting any (configuration section <c>Client</c>).</summary>
public sealed class RemoteClientOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Client";

    /// <summary>Silo endpoints to read the partition map from (any one answering is enough), for example <c>http://127.0.0.1:11111</c>.</summary>
    public IList<Uri> Silos { get; } = [];

    /// <summary>The cluster's partition count (<c>GrainRuntime:PartitionCount</c> of its silos); a map of another size is refused.</summary>
    public int PartitionCount { get; set; } = 1024;
}
