namespace Gamification.Runtime;

/// <summary>What one tick of a silo does to the partition map: leases to try to take, leases to hand back.</summary>
/// <param name="Acquire">Free partitions to take, most wanted first.</param>
/// <param name="Release">Held partitions to hand back gracefully.</param>
internal sealed record BalancePlan(IReadOnlyList<int> Acquire, IReadOnlyList<int> Release)
{
    public static BalancePlan None { get; } = new([], []);
}
