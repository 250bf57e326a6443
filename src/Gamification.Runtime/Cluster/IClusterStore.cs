namespace Gamification.Runtime;

/// <summary>
/// The membership and partition lease tables. Every expiry and heartbeat age is judged by the database's clock,
/// so silos never compare their own clocks; each method is one statement or one short transaction.
/// </summary>
public interface IClusterStore
{
    /// <summary>Creates the lease rows of <paramref name="partitionCount"/> partitions that do not exist yet, unowned.</summary>
    Task PrepareAsync(int partitionCount, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="silo"/> to the membership table as <see cref="SiloState.Joining"/>, heartbeat now.</summary>
    Task RegisterAsync(SiloAddress silo, DateTimeOffset startedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records a heartbeat with <paramref name="state"/> and <paramref name="load"/>, and declares dead every other silo
    /// whose heartbeat is older than <paramref name="deadAfter"/>. False when this silo had itself been declared dead.
    /// </summary>
    Task<bool> HeartbeatAsync(SiloAddress silo, SiloState state, SiloLoad load, TimeSpan deadAfter, CancellationToken cancellationToken);

    /// <summary>Extends, in one statement, the unexpired leases of <paramref name="partitions"/> this silo holds; returns the ones extended.</summary>
    Task<IReadOnlyCollection<int>> RenewAsync(SiloAddress silo, IReadOnlyCollection<int> partitions, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Takes those of <paramref name="partitions"/> whose lease has expired, each at its epoch plus one; returns the ones taken.</summary>
    Task<IReadOnlyList<AcquiredLease>> AcquireAsync(SiloAddress silo, IReadOnlyCollection<int> partitions, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Ends this silo's leases of <paramref name="partitions"/> now, so others may take them at once.</summary>
    Task ReleaseAsync(SiloAddress silo, IReadOnlyCollection<int> partitions, CancellationToken cancellationToken);

    /// <summary>Sets this silo's state (shutting down, stopped) in the membership table.</summary>
    Task SetStateAsync(SiloAddress silo, SiloState state, CancellationToken cancellationToken);

    /// <summary>Reads both tables.</summary>
    Task<ClusterSnapshot> ReadAsync(CancellationToken cancellationToken);
}
