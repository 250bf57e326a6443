namespace Gamification.Runtime;

/// <summary>
/// This silo was asked to run a grain of a partition it does not hold (any more). Nothing ran; the caller
/// sends the call to <see cref="Owner"/> (or waits for one) after refreshing its partition map.
/// </summary>
public sealed class PartitionMovedException : Exception
{
    /// <summary>Creates the exception for <paramref name="grain"/> of <paramref name="partition"/>, now held by <paramref name="owner"/> if known.</summary>
    public PartitionMovedException(GrainId grain, int partition, SiloAddress? owner)
        : base($"Partition {partition} of {grain} is not held by this silo; its owner is {owner?.ToString() ?? "unknown"}.")
    {
        Grain = grain;
        Partition = partition;
        Owner = owner;
    }

    /// <summary>The grain that was called.</summary>
    public GrainId Grain { get; }

    /// <summary>Its partition.</summary>
    public int Partition { get; }

    /// <summary>The silo that holds the partition now, when this silo knows it.</summary>
    public SiloAddress? Owner { get; }
}
