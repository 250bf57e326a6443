namespace Gamification.Runtime;

/// <summary>The ownership of a silo that is the whole cluster: every partition is its own.</summary>
internal sealed class SingleSiloOwnership(GrainPartitioner partitioner) : IPartitionOwnership
{
    private readonly int[] _all = [.. Enumerable.Range(0, partitioner.PartitionCount)];

    /// <inheritdoc />
    public IReadOnlyCollection<int> OwnedPartitions => _all;
}
