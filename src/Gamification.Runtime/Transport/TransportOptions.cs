namespace Gamification.Runtime;

/// <summary>How calls travel between clients and silos (configuration section <c>Transport</c>).</summary>
public sealed class TransportOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Transport";

    /// <summary>How many times a call follows a "moved" answer or an unreachable owner before it gives up.</summary>
    public int MaxHops { get; set; } = 3;

    /// <summary>How long a call waits for a partition without an owner (or with an unreachable one) to get one before it fails as unavailable.</summary>
    public TimeSpan UnownedTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one call to a peer may take before it fails as unavailable (a paused silo never answers).</summary>
    public TimeSpan PeerCallTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
