namespace Gamification.Contracts.Inspection;

/// <summary>A stored journal row: the entry and its place in the grain's journal.</summary>
/// <param name="Sequence">1, 2, 3... per grain, in write order.</param>
/// <param name="Entry">The row as written.</param>
[GenerateSerializer, Immutable, Alias("gamification.journal-record-view")]
public sealed record JournalRecordView([property: Id(0)] long Sequence, [property: Id(1)] JournalEntryView Entry);
