using System.Collections.Concurrent;

namespace Gamification.Runtime;

/// <summary>
/// The activations of this silo, at most one per grain: created on a grain's first call, removed when they end.
/// In a cluster, only grains of partitions this silo holds the lease of are served here.
/// </summary>
internal sealed class Catalog(GrainTypeRegistry types, GrainRuntime runtime, IPartitionDirectory directory, GrainPartitioner partitioner)
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    // A silo alone holds every partition: it skips hashing keys on every call.
    private readonly bool _holdsAll = directory is SingleSiloCluster;
    private volatile bool _open;

    public ICollection<Activation> Activations => _activations.Values;

    /// <summary>Whether <paramref name="grain"/> has an activation here; asking never creates one.</summary>
    public bool IsActive(GrainId grain) => _activations.ContainsKey(grain);

    /// <summary>Starts accepting calls; until then, and after <see cref="DeactivateAllAsync"/>, calls are refused as unavailable.</summary>
    public void Open() => _open = true;

    public Activation GetOrAdd(GrainId grain)
    {
        if (!_holdsAll)
            Guard(grain);
        while (true)
        {
            if (_activations.TryGetValue(grain, out var existing))
                return existing;
            if (!_open)
                throw new GrainUnavailableException(grain, "the silo is not running");
            var created = new Activation(grain, types.ForGrainType(grain.Type), runtime);
            if (_activations.TryAdd(grain, created))
            {
                // ActivateAsync handles its own failures; calls learn of them through the turn gate.
                _ = created.ActivateAsync();
                return created;
            }
        }
    }

    public void Remove(Activation activation) => _activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation));

    /// <summary>Deactivates the activations of <paramref name="partitions"/>; each one's last turn and writes finish first.</summary>
    public async Task DeactivatePartitionsAsync(IReadOnlySet<int> partitions, DeactivationReason reason)
    {
        var moving = _activations.Values.Where(a => partitions.Contains(partitioner.GetPartition(a.GrainId)));
        await Task.WhenAll(moving.Select(a => a.DeactivateAsync(reason, CancellationToken.None)));
    }

    public async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        _open = false;
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is stopping.");
        await Task.WhenAll(_activations.Values.Select(a => a.DeactivateAsync(reason, cancellationToken)));
    }

    /// <summary>Refuses a grain of a partition this silo does not hold, naming the owner so the caller can go there.</summary>
    private void Guard(GrainId grain)
    {
        var partition = partitioner.GetPartition(grain);
        if (!directory.HoldsLease(partition))
            throw new PartitionMovedException(grain, partition, directory.OwnerOf(partition));
    }
}
