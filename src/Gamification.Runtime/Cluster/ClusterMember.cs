using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>
/// This silo's part in the cluster. Every heartbeat period, one tick: heartbeat (declaring stale silos dead), renew
/// the held leases in one statement, read both tables, then take free partitions up to a fair share or hand back a
/// surplus gracefully (stop serving, deactivate those grains so their writes flush, then release).
/// </summary>
internal sealed class ClusterMember(
    IClusterStore store,
    LeasePartitionDirectory directory,
    ClusterSiloIdentity identity,
    ClusterFaults faults,
    Catalog catalog,
    IOptions<ClusterOptions> options,
    ILogger<ClusterMember> logger) : ISiloMembership, IDisposable
{
    private readonly ClusterOptions _options = options.Value;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ProcessLoad _load = new(identity.Clock);
    private readonly SemaphoreSlim _tick = new(1, 1);
    private SiloState _state = SiloState.Joining;
    private Task _loop = Task.CompletedTask;
    private Task _release = Task.CompletedTask;

    private SiloAddress Local => identity.Address;

    private TimeProvider Clock => identity.Clock;

    /// <inheritdoc />
    public async Task JoinAsync(CancellationToken cancellationToken)
    {
        await store.PrepareAsync(directory.PartitionCount, cancellationToken);
        await store.RegisterAsync(Local, identity.StartedAt, cancellationToken);
        await TickAsync(cancellationToken);
        logger.Joined(Local, directory.OwnedPartitions.Count);
        _loop = Task.Run(RunAsync, CancellationToken.None);
    }

    /// <inheritdoc />
    public async Task LeavingAsync(CancellationToken cancellationToken)
    {
        // Between ticks: a tick running now must not acquire, or mark the silo active, after this.
        await _tick.WaitAsync(cancellationToken);
        try
        {
            _state = SiloState.ShuttingDown;
            // Renewals go on until LeftAsync: the grains deactivating now still write under these leases.
            directory.Releasing(directory.InState(LocalLease.Held));
        }
        finally
        {
            _tick.Release();
        }
        try
        {
            await store.SetStateAsync(Local, SiloState.ShuttingDown, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The stop goes on: the others learn of it from the next heartbeat, or from its silence.
            logger.TickFailed(e);
        }
    }

    /// <inheritdoc />
    public async Task LeftAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop;
        await _release;
        var held = directory.Renewable();
        directory.Released(held);
        try
        {
            await store.ReleaseAsync(Local, held, cancellationToken);
            await store.SetStateAsync(Local, SiloState.Stopped, cancellationToken);
            logger.Left(Local, held.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unreleased leases expire on their own; the silo is declared dead once its heartbeat is stale.
            logger.TickFailed(e);
        }
    }

    /// <summary>Runs one tick now (tests use it to settle the map without waiting for the timer).</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        await _tick.WaitAsync(cancellationToken);
        try
        {
            if (!faults.Suspended)
                await RunTickAsync(cancellationToken);
        }
        finally
        {
            _tick.Release();
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _tick.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(_options.HeartbeatPeriod, Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                try
                {
                    await TickAsync(_stopping.Token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.TickFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The silo left; LeftAsync releases what is held.
        }
    }

    private async Task RunTickAsync(CancellationToken cancellationToken)
    {
        var state = _state == SiloState.Joining ? SiloState.Active : _state;
        if (!await store.HeartbeatAsync(Local, state, _load.Sample(catalog.Activations.Count), _options.DeadAfter, cancellationToken))
            logger.Resurrected();
        var renewable = directory.Renewable();
        var sentAt = Clock.GetTimestamp();
        var renewed = renewable.Count == 0 ? [] : await store.RenewAsync(Local, renewable, _options.LeaseDuration, cancellationToken);
        var lost = directory.Renewed(renewable, renewed, sentAt);
        if (lost.Count > 0)
        {
            logger.Lost(lost.Count);
            _ = catalog.DeactivatePartitionsAsync(lost.ToHashSet(), new DeactivationReason(DeactivationReasonCode.PartitionMoved, "This silo lost the partition's lease."));
        }
        var snapshot = await store.ReadAsync(cancellationToken);
        directory.Apply(snapshot);
        if (_state == SiloState.ShuttingDown)
            return;
        // Half a period: two consecutive reads saw it free, however the timer's ticks jitter.
        var longFree = directory.FreeSince(Clock.GetTimestamp() - (long)(_options.HeartbeatPeriod.TotalSeconds / 2 * Clock.TimestampFrequency));
        var plan = PartitionBalance.Plan(Local, snapshot, directory.InState(LocalLease.Held), longFree, _options);
        if (plan.Acquire.Count > 0)
        {
            sentAt = Clock.GetTimestamp();
            var acquired = await store.AcquireAsync(Local, plan.Acquire, _options.LeaseDuration, cancellationToken);
            directory.Acquired(acquired, sentAt);
            if (acquired.Count > 0)
                logger.Acquired(acquired.Count, directory.OwnedPartitions.Count);
        }
        if (_release.IsCompleted)
        {
            // Partitions still marked releasing are ones a failed hand-back left behind: they go again.
            directory.Releasing(plan.Release);
            var releasing = directory.InState(LocalLease.Releasing);
            if (releasing.Count > 0)
                _release = HandBackAsync([.. releasing]);
        }
        _state = state;
    }

    /// <summary>Deactivates the grains of <paramref name="partitions"/> (their last writes commit under the lease), then releases them.</summary>
    private async Task HandBackAsync(IReadOnlyList<int> partitions)
    {
        try
        {
            await catalog.DeactivatePartitionsAsync(partitions.ToHashSet(), new DeactivationReason(DeactivationReasonCode.PartitionMoved, "The partition moves to another silo."));
            await store.ReleaseAsync(Local, partitions, CancellationToken.None);
            directory.Released(partitions);
            logger.Released(partitions.Count);
        }
        catch (Exception e)
        {
            // Not released: the leases stay renewed, and the next tick hands them back again.
            logger.TickFailed(e);
        }
    }
}
