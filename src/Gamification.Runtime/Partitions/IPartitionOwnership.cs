namespace Gamification.Runtime;

/// <summary>Which partitions this silo holds; it serves reminders (and later activations) of those only.</summary>
public interface IPartitionOwnership
{
    /// <summary>The partitions this silo holds now.</summary>
    IReadOnlyCollection<int> OwnedPartitions { get; }
}
