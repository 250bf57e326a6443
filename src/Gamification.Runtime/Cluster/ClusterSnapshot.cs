namespace Gamification.Runtime;

/// <summary>The membership and lease tables as read together by one silo.</summary>
/// <param name="Leases">Every partition's lease, indexed by partition.</param>
/// <param name="Silos">Every silo of the membership table, newest first.</param>
/// <param name="ReadAt">The database's clock when they were read; heartbeat ages are measured against it.</param>
public sealed record ClusterSnapshot(IReadOnlyList<PartitionLease> Leases, IReadOnlyList<SiloStatus> Silos, DateTimeOffset ReadAt);
