namespace Gamification.Storage;

/// <summary>The state rows of a PostgreSQL write batch, one array per column.</summary>
internal sealed class StateRows : IArrayRows
{
    private readonly List<int> _items = [], _partitions = [];
    private readonly List<string> _types = [], _keys = [], _payloads = [];
    private readonly List<long> _etags = [];
    private readonly List<DateTimeOffset> _times = [];

    public int Count => _items.Count;

    public void Add(int item, StateWrite write)
    {
        _items.Add(item);
        _partitions.Add(write.Row.Partition);
        _types.Add(write.Row.Type);
        _keys.Add(write.Row.Key);
        _etags.Add(write.StoredVersion);
        _payloads.Add(write.PayloadJson);
        _times.Add(write.At.ToUniversalTime());
    }

    public (int Item, string? JournalKey) Owner(int row) => (_items[row], null);

    public (string, object)[] Parameters() =>
    [
        ("@item", Enumerable.Range(0, Count).ToArray()), ("@partition", _partitions.ToArray()), ("@grain_type", _types.ToArray()),
        ("@grain_key", _keys.ToArray()), ("@etag", _etags.ToArray()), ("@payload", _payloads.ToArray()), ("@updated_at", _times.ToArray()),
    ];
}
