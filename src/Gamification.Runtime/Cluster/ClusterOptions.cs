namespace Gamification.Runtime;

/// <summary>
/// Membership and partition leases of a silo in a cluster (configuration section <c>Cluster</c>); checked at start.
/// Defaults and what they trade are in <c>docs/cluster.md</c>.
/// </summary>
public sealed class ClusterOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Cluster";

    /// <summary>Whether this silo joins a cluster; off, it is the whole cluster on its own (the embedded default).</summary>
    public bool Enabled { get; set; }

    /// <summary>The silo-to-silo endpoint other processes reach this silo at, for example <c>http://10.0.0.5:11111</c>.</summary>
    public Uri? SiloEndpoint { get; set; }

    /// <summary>How often the silo heartbeats, renews its leases and rebalances partitions.</summary>
    public TimeSpan HeartbeatPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A silo whose last heartbeat is older than this is declared dead by the others.</summary>
    public TimeSpan DeadAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a renewed partition lease lasts in the database; a dead silo's partitions move this long after its last renewal.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How long before the lease's expiry in the database this silo stops believing it holds it (clock drift, slow renewals).</summary>
    public TimeSpan LeaseRenewalMargin { get; set; } = TimeSpan.FromSeconds(2);
}
