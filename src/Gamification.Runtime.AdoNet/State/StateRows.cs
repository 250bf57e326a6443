namespace Gamification.Runtime.AdoNet;

/// <summary>The state rows of a PostgreSQL write batch, one array per column.</summary>
internal sealed class StateRows : IArrayRows
{
    private readonly List<int> _items = [], _partitions = [];
    private readonly List<string> _types = [], _keys = [], _payloads = [];
    private readonly List<long> _etags = [], _fenceEpochs = [];
    private readonly List<DateTimeOffset> _times = [];
    private readonly List<string?> _fenceOwners = [];

    public int Count => _items.Count;

    public void Add(int item, StateWrite write, int partition)
    {
        _items.Add(item);
        _partitions.Add(partition);
        _types.Add(write.Grain.Type);
        _keys.Add(write.Grain.Key);
        _etags.Add(StateStatements.ETagOf(write));
        _payloads.Add(write.PayloadJson);
        _times.Add(write.At.ToUniversalTime());
        _fenceOwners.Add(write.Fence?.SiloId);
        _fenceEpochs.Add(write.Fence?.Epoch ?? 0);
    }

    public (int Item, string? JournalKey) Owner(int row) => (_items[row], null);

    public (string, object)[] Parameters() =>
    [
        ("@item", Enumerable.Range(0, Count).ToArray()), ("@partition", _partitions.ToArray()), ("@grain_type", _types.ToArray()),
        ("@grain_key", _keys.ToArray()), ("@etag", _etags.ToArray()), ("@payload", _payloads.ToArray()), ("@updated_at", _times.ToArray()),
        ("@fence_owner", _fenceOwners.ToArray()), ("@fence_epoch", _fenceEpochs.ToArray()),
    ];
}
