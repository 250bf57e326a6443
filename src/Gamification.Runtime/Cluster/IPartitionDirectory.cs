namespace Gamification.Runtime;

/// <summary>
/// The partition map as this process knows it: which silo holds each partition's lease. Routing reads
/// it on every call, so it answers from memory; <see cref="RefreshAsync"/> rereads the lease table.
/// </summary>
public interface IPartitionDirectory : IPartitionOwnership
{
    /// <summary>This silo (in a client process: none of the map's owners).</summary>
    SiloAddress Local { get; }

    /// <summary>The silo that holds <paramref name="partition"/>, or null when no silo holds it now.</summary>
    SiloAddress? OwnerOf(int partition);

    /// <summary>True while this silo holds an unexpired lease on <paramref name="partition"/>.</summary>
    bool HoldsLease(int partition);

    /// <summary>Rereads the map from its source (after a caller was told it asked the wrong silo).</summary>
    Task RefreshAsync(CancellationToken cancellationToken);
}
