namespace Gamification.Runtime;

/// <summary>
/// The partition map of a cluster silo, answered from memory: its own leases as it last renewed them, the others'
/// as last read. A lease counts as held only until <see cref="ClusterOptions.LeaseRenewalMargin"/> before it can expire
/// in the database, so this silo stops serving a partition before any other silo may take it.
/// </summary>
internal sealed class LeasePartitionDirectory : IPartitionDirectory, IWriteFence
{
    private readonly Lock _lock = new();
    private readonly GrainPartitioner _partitioner;
    private readonly IClusterStore _store;
    private readonly TimeProvider _clock;
    private readonly long _validity;
    private readonly LocalLease[] _states;
    private readonly LeaseFence?[] _fences;
    private readonly long[] _validUntil;
    private readonly long[] _freeSince;
    private SiloAddress?[] _owners;
    private int[] _held = [];
    private long _frozenAt;

    public LeasePartitionDirectory(GrainPartitioner partitioner, IClusterStore store, ClusterSiloIdentity identity, Microsoft.Extensions.Options.IOptions<ClusterOptions> options)
    {
        _partitioner = partitioner;
        _store = store;
        _clock = identity.Clock;
        Local = identity.Address;
        var settings = options.Value;
        _validity = (long)((settings.LeaseDuration - settings.LeaseRenewalMargin).TotalSeconds * _clock.TimestampFrequency);
        var count = partitioner.PartitionCount;
        _states = new LocalLease[count];
        _fences = new LeaseFence?[count];
        _validUntil = new long[count];
        _freeSince = new long[count];
        _owners = new SiloAddress?[count];
    }

    /// <inheritdoc />
    public SiloAddress Local { get; }

    public int PartitionCount => _states.Length;

    /// <inheritdoc />
    public IReadOnlyCollection<int> OwnedPartitions => Volatile.Read(ref _held);

    /// <inheritdoc />
    public bool HoldsLease(int partition) => _states[partition] == LocalLease.Held && Valid(partition);

    /// <inheritdoc />
    public SiloAddress? OwnerOf(int partition)
    {
        if (HoldsLease(partition))
            return Local;
        var owner = Volatile.Read(ref _owners)[partition];
        // Whatever the table said about this silo is stale once it stopped holding the lease itself.
        return owner == Local ? null : owner;
    }

    /// <inheritdoc />
    public async Task RefreshAsync(CancellationToken cancellationToken) => Apply(await _store.ReadAsync(cancellationToken));

    /// <inheritdoc />
    public bool TryGet(GrainId grain, out LeaseFence? fence)
    {
        var partition = _partitioner.GetPartition(grain);
        fence = Volatile.Read(ref _fences[partition]);
        return fence is not null && Valid(partition);
    }

    /// <summary>Stops this silo's clock for its leases, as a paused process's clock stops: what it held stays "held" until <see cref="Thaw"/>.</summary>
    public void Freeze() => Volatile.Write(ref _frozenAt, _clock.GetTimestamp());

    public void Thaw() => Volatile.Write(ref _frozenAt, 0);

    /// <summary>The partitions held or being released, whose leases the next renewal extends.</summary>
    public IReadOnlyCollection<int> Renewable()
    {
        lock (_lock)
            return [.. Enumerable.Range(0, _states.Length).Where(p => _states[p] != LocalLease.None)];
    }

    public IReadOnlyCollection<int> InState(LocalLease state)
    {
        lock (_lock)
            return [.. Enumerable.Range(0, _states.Length).Where(p => _states[p] == state)];
    }

    /// <summary>Takes in a renewal sent at <paramref name="sentAt"/>; returns the partitions lost (not renewed).</summary>
    public IReadOnlyCollection<int> Renewed(IReadOnlyCollection<int> asked, IReadOnlyCollection<int> renewed, long sentAt)
    {
        var extended = renewed.ToHashSet();
        var lost = new List<int>();
        lock (_lock)
        {
            foreach (var partition in asked)
            {
                if (_states[partition] == LocalLease.None)
                    continue;
                if (extended.Contains(partition))
                {
                    Volatile.Write(ref _validUntil[partition], sentAt + _validity);
                    continue;
                }
                Drop(partition);
                lost.Add(partition);
            }
            Publish();
        }
        return lost;
    }

    /// <summary>Takes in leases acquired by a statement sent at <paramref name="sentAt"/>.</summary>
    public void Acquired(IReadOnlyList<AcquiredLease> leases, long sentAt)
    {
        lock (_lock)
        {
            foreach (var lease in leases)
            {
                Volatile.Write(ref _validUntil[lease.Partition], sentAt + _validity);
                Volatile.Write(ref _fences[lease.Partition], new LeaseFence(Local.ToString(), lease.Epoch));
                _states[lease.Partition] = LocalLease.Held;
                _freeSince[lease.Partition] = 0;
            }
            Publish();
        }
    }

    /// <summary>Stops serving <paramref name="partitions"/>; their grains may still write until <see cref="Released"/>.</summary>
    public void Releasing(IEnumerable<int> partitions)
    {
        lock (_lock)
        {
            foreach (var partition in partitions.Where(p => _states[p] == LocalLease.Held))
                _states[partition] = LocalLease.Releasing;
            Publish();
        }
    }

    public void Released(IEnumerable<int> partitions)
    {
        lock (_lock)
        {
            foreach (var partition in partitions)
                Drop(partition);
            Publish();
        }
    }

    /// <summary>The partitions that were free in every read since at least <paramref name="since"/> (a timestamp).</summary>
    public IReadOnlyCollection<int> FreeSince(long since)
    {
        lock (_lock)
            return [.. Enumerable.Range(0, _freeSince.Length).Where(p => _freeSince[p] != 0 && _freeSince[p] <= since)];
    }

    /// <summary>Takes in a read of the lease table.</summary>
    public void Apply(ClusterSnapshot snapshot)
    {
        var now = _clock.GetTimestamp();
        var owners = new SiloAddress?[_states.Length];
        lock (_lock)
        {
            foreach (var lease in snapshot.Leases)
            {
                owners[lease.Partition] = lease.Live ? lease.Owner : null;
                _freeSince[lease.Partition] = lease.Live || _states[lease.Partition] != LocalLease.None ? 0 : _freeSince[lease.Partition] is 0 ? now : _freeSince[lease.Partition];
            }
        }
        Volatile.Write(ref _owners, owners);
    }

    private bool Valid(int partition)
    {
        var frozen = Volatile.Read(ref _frozenAt);
        return (frozen != 0 ? frozen : _clock.GetTimestamp()) < Volatile.Read(ref _validUntil[partition]);
    }

    private void Drop(int partition)
    {
        _states[partition] = LocalLease.None;
        Volatile.Write(ref _fences[partition], null);
        Volatile.Write(ref _validUntil[partition], 0);
    }

    private void Publish() => Volatile.Write(ref _held, [.. Enumerable.Range(0, _states.Length).Where(p => _states[p] == LocalLease.Held)]);
}
