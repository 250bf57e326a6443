namespace Gamification.Storage;

/// <summary>The journal rows of a PostgreSQL write batch, one array per column.</summary>
internal sealed class JournalRows : IArrayRows
{
    private readonly List<int> _items = [], _partitions = [], _ordinals = [];
    private readonly List<string> _types = [], _keys = [], _idempotencyKeys = [], _kinds = [], _payloads = [];
    private readonly List<DateTimeOffset> _times = [];

    public int Count => _items.Count;

    public void Add(int item, StateWrite write)
    {
        for (var i = 0; i < write.Journal.Count; i++)
        {
            var entry = write.Journal[i];
            _items.Add(item);
            _partitions.Add(write.Row.Partition);
            _types.Add(write.Row.Type);
            _keys.Add(write.Row.Key);
            _ordinals.Add(i + 1);
            _idempotencyKeys.Add(entry.IdempotencyKey);
            _kinds.Add(entry.Kind);
            _payloads.Add(entry.PayloadJson);
            _times.Add(entry.At.ToUniversalTime());
        }
    }

    public (int Item, string? JournalKey) Owner(int row) => (_items[row], _idempotencyKeys[row]);

    public (string, object)[] Parameters() =>
    [
        ("@item", Enumerable.Range(0, Count).ToArray()), ("@partition", _partitions.ToArray()), ("@grain_type", _types.ToArray()),
        ("@grain_key", _keys.ToArray()), ("@ordinal", _ordinals.ToArray()), ("@idempotency_key", _idempotencyKeys.ToArray()),
        ("@kind", _kinds.ToArray()), ("@payload", _payloads.ToArray()), ("@created_at", _times.ToArray()),
    ];
}
