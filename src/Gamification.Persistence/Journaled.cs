using System.Text.Json.Serialization;

namespace Gamification.Persistence;

/// <summary>
/// A grain's state with the ledger rows its next write appends. Stored as <typeparamref name="T"/>'s
/// JSON alone, so the state (which may live in a project that knows nothing of storage) keeps its shape.
/// </summary>
[JsonConverter(typeof(JournaledJsonConverterFactory))]
public sealed class Journaled<T> : IJournaledState where T : class, new()
{
    /// <summary>The state itself.</summary>
    public T Value { get; set; } = new();

    /// <inheritdoc />
    [JsonIgnore]
    public IReadOnlyList<JournalEntry> PendingJournal { get; set; } = [];
}
