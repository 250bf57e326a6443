namespace Gamification.Persistence;

/// <summary>A stored journal row: the entry and its place in the grain's journal.</summary>
/// <param name="Sequence">1, 2, 3... per grain, in write order.</param>
/// <param name="Entry">The row as written.</param>
public sealed record JournalRecord(long Sequence, JournalEntry Entry);
