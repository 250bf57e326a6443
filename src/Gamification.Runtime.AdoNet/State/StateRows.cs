namespace Gamification.Runtime.AdoNet;

/// <summary>The state rows of a PostgreSQL write batch, one array per column.</summary>
internal sealed class StateRows(GrainPartitioner partitioner)
{
    private readonly List<int> _items = [], _partitions = [];
    private readonly List<string> _types = [], _keys = [], _payloads = [];
    private readonly List<long> _etags = [], _fenceEpochs = [];
    private readonly List<DateTimeOffset> _times = [];
    private readonly List<string?> _fenceOwners = [];

    public int Count => _items.Count;

    public void Add(int item, StateWrite write)
    {
        _items.Add(item);
        _partitions.Add(partitioner.GetPartition(write.Grain));
        _types.Add(write.Grain.Type);
        _keys.Add(write.Grain.Key);
        _etags.Add(write.ETag is null ? 0 : long.Parse(write.ETag, System.Globalization.CultureInfo.InvariantCulture));
        _payloads.Add(write.PayloadJson);
        _times.Add(write.At.ToUniversalTime());
        _fenceOwners.Add(write.Fence?.SiloId);
        _fenceEpochs.Add(write.Fence?.Epoch ?? 0);
    }

    /// <summary>The batch item of row <paramref name="row"/>; a state row has no journal key.</summary>
    public (int Item, string? JournalKey) Owner(int row) => (_items[row], null);

    public (string, object)[] Parameters() =>
    [
        ("@item", Enumerable.Range(0, Count).ToArray()), ("@partition", _partitions.ToArray()), ("@grain_type", _types.ToArray()),
        ("@grain_key", _keys.ToArray()), ("@etag", _etags.ToArray()), ("@payload", _payloads.ToArray()), ("@updated_at", _times.ToArray()),
        ("@fence_owner", _fenceOwners.ToArray()), ("@fence_epoch", _fenceEpochs.ToArray()),
    ];
}
