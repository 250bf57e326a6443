using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime;

/// <summary>A silo that is the whole cluster: every partition is its own and it is the only member.</summary>
internal sealed class SingleSiloCluster : IPartitionDirectory, IClusterMembershipView, IWriteFence
{
    private readonly int[] _all;
    private readonly TimeProvider _clock;
    private readonly Func<int> _activations;
    private readonly DateTimeOffset _startedAt;

    // The catalog is resolved late: it asks this directory which partitions are held.
    public SingleSiloCluster(GrainPartitioner partitioner, TimeProvider clock, IServiceProvider services)
    {
        _all = [.. Enumerable.Range(0, partitioner.PartitionCount)];
        _clock = clock;
        _activations = () => services.GetRequiredService<Catalog>().Activations.Count;
        _startedAt = clock.GetUtcNow();
        Local = new SiloAddress(new Uri("http://localhost/"), _startedAt.ToUnixTimeMilliseconds());
    }

    /// <inheritdoc />
    public SiloAddress Local { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<int> OwnedPartitions => _all;

    /// <inheritdoc />
    public SiloAddress? OwnerOf(int partition) => Local;

    /// <inheritdoc />
    public bool HoldsLease(int partition) => true;

    /// <inheritdoc />
    public bool TryGet(GrainId grain, out LeaseFence? fence)
    {
        fence = null;
        return true;
    }

    /// <inheritdoc />
    public Task RefreshAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<IReadOnlyList<SiloStatus>> GetSilosAsync(CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        // Process time against the process's real uptime: the silo's clock may be a test's fake one.
        var uptime = DateTime.Now - process.StartTime;
        var cpu = process.TotalProcessorTime.TotalMilliseconds / Math.Max(1, uptime.TotalMilliseconds) * 100;
        IReadOnlyList<SiloStatus> silos =
        [
            new(Local, SiloState.Active, _startedAt, _clock.GetUtcNow(), _all.Length, _activations(), Math.Round(cpu, 1), process.WorkingSet64),
        ];
        return Task.FromResult(silos);
    }
}
