using System.Text.Json.Serialization;

namespace Gamification.Storage.Tests;

/// <summary>A grain state that carries journal rows, as the grains' journaled state does.</summary>
public sealed class CounterState : IJournaledState
{
    public int Count { get; set; }

    public string? Owner { get; set; }

    // Not part of the stored state: the provider writes these as journal rows.
    [JsonIgnore]
    public IReadOnlyList<JournalEntry> PendingJournal { get; set; } = [];
}
