namespace Gamification.Runtime;

/// <summary>One row of the lease table as last read.</summary>
/// <param name="Partition">The partition.</param>
/// <param name="Owner">The silo named as owner, or null when none ever held it (or its membership row is gone).</param>
/// <param name="Epoch">Incremented by every acquisition.</param>
/// <param name="Live">Whether the lease was unexpired by the database's clock when read.</param>
public sealed record PartitionLease(int Partition, SiloAddress? Owner, long Epoch, bool Live);
