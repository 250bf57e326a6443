using System.Text.Json.Serialization;

namespace Gamification.Storage.Tests;

public sealed class LedgerState : IJournaledState
{
    public int Count { get; set; }

    public int Total { get; set; }

    [JsonIgnore]
    public IReadOnlyList<JournalEntry> PendingJournal { get; set; } = [];
}
