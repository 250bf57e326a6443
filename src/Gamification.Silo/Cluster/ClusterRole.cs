namespace Gamification.Silo;

/// <summary>What this process is in the cluster (<c>Cluster:Role</c>).</summary>
public enum ClusterRole
{
    /// <summary>One silo on localhost clustering, with the gateway and dashboards in the same process (the default).</summary>
    Embedded,

    /// <summary>A member of a cluster of silos that find each other through the membership table in PostgreSQL, with a gateway too.</summary>
    Silo,

    /// <summary>The HTTP gateway over an Orleans client (<c>UseOrleansClient</c>): hosts no grains and no storage.</summary>
    Gateway,
}
