namespace Gamification.Runtime;

/// <summary>A lease this silo just took.</summary>
/// <param name="Partition">The partition.</param>
/// <param name="Epoch">The lease's new epoch.</param>
public sealed record AcquiredLease(int Partition, long Epoch);
