namespace Gamification.Runtime;

/// <summary>
/// A fixed partition map: partition p belongs to silo p mod n of a list every silo is given alike. No leases,
/// no failover: for routing tests, and for running several silos before the lease directory is configured.
/// </summary>
public sealed class StaticPartitionDirectory : IPartitionDirectory
{
    private readonly SiloAddress[] _silos;
    private readonly int[] _owned;

    public StaticPartitionDirectory(IReadOnlyList<Uri> silos, Uri local, int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfZero(silos.Count);
        _silos = [.. silos.Select(s => new SiloAddress(s, 0))];
        Local = _silos.FirstOrDefault(s => s.Endpoint == local) ?? new SiloAddress(local, 0);
        _owned = [.. Enumerable.Range(0, partitionCount).Where(p => _silos[p % _silos.Length] == Local)];
    }

    /// <inheritdoc />
    public SiloAddress Local { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<int> OwnedPartitions => _owned;

    /// <inheritdoc />
    public SiloAddress? OwnerOf(int partition) => _silos[partition % _silos.Length];

    /// <inheritdoc />
    public bool HoldsLease(int partition) => OwnerOf(partition) == Local;

    /// <inheritdoc />
    public Task RefreshAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
