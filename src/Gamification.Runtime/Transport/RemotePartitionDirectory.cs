using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>
/// A client's copy of the partition map, read from any silo that answers; reread when a call learns it is stale.
/// The client holds no partition.
/// </summary>
internal sealed class RemotePartitionDirectory(RemoteClientOptions options, SiloConnections peers, ILogger<RemotePartitionDirectory> logger)
    : IPartitionDirectory
{
    private volatile SiloAddress?[] _owners = [];
    private int _next;

    /// <inheritdoc />
    public SiloAddress Local { get; } = new(new Uri("client://" + Environment.MachineName.ToLowerInvariant()), Environment.ProcessId);

    /// <inheritdoc />
    public IReadOnlyCollection<int> OwnedPartitions => [];

    /// <inheritdoc />
    public SiloAddress? OwnerOf(int partition) => _owners is var owners && partition < owners.Length ? owners[partition] : null;

    /// <inheritdoc />
    public bool HoldsLease(int partition) => false;

    /// <inheritdoc />
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        // The configured seeds first, then any silo the last map named: seeds may be the ones that died.
        var candidates = options.Silos.Concat(_owners.OfType<SiloAddress>().Select(s => s.Endpoint)).Distinct().ToList();
        Exception? last = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var silo = candidates[(Interlocked.Increment(ref _next) & int.MaxValue) % candidates.Count];
            try
            {
                var map = await peers.GetMapAsync(silo, cancellationToken);
                if (map.Owners.Count != options.PartitionCount)
                    throw new InvalidDataException($"Silo {silo} serves {map.Owners.Count} partitions; Client:PartitionCount is {options.PartitionCount}.");
                var addresses = map.Owners.OfType<Uri>().Distinct().ToDictionary(u => u, u => new SiloAddress(u, 0));
                _owners = [.. map.Owners.Select(o => o is null ? null : addresses[o])];
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidDataException)
            {
                last = e;
            }
        }
        if (last is not null)
            logger.NoMap(string.Join(", ", candidates), last);
    }
}
