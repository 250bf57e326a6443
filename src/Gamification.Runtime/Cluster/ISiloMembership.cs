namespace Gamification.Runtime;

/// <summary>A silo's membership in a cluster, driven by the silo's start and stop around its activations and writers.</summary>
internal interface ISiloMembership
{
    /// <summary>Registers the silo and takes its first partitions; runs before the catalog opens.</summary>
    Task JoinAsync(CancellationToken cancellationToken);

    /// <summary>Says the silo is shutting down and stops serving its partitions; runs before its activations deactivate.</summary>
    Task LeavingAsync(CancellationToken cancellationToken);

    /// <summary>Hands the leases back and says the silo stopped; runs after every write was flushed.</summary>
    Task LeftAsync(CancellationToken cancellationToken);
}
