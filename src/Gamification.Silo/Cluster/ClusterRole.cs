namespace Gamification.Silo;

/// <summary>What this process is in the cluster (<c>Cluster:Role</c>).</summary>
public enum ClusterRole
{
    /// <summary>The whole cluster in one process: one silo holding every partition, with the gateway (the default).</summary>
    Embedded,

    /// <summary>A member of a cluster of silos on PostgreSQL, serving grain calls on its silo endpoint, with a gateway too.</summary>
    Silo,

    /// <summary>The HTTP gateway over a remote client: hosts no grains and no storage.</summary>
    Gateway,
}
