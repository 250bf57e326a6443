namespace Gamification.Storage;

/// <summary>The rows one array-bound statement of a write batch writes, one array per column.</summary>
internal interface IArrayRows
{
    int Count { get; }

    /// <summary>The batch item of row <paramref name="row"/>, and the idempotency key a rejection names (none for a state row).</summary>
    (int Item, string? JournalKey) Owner(int row);

    (string, object)[] Parameters();
}
