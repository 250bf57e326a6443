namespace Gamification.Invariants.Tokens;

/// <summary>One transfer as stored, by its id.</summary>
public sealed record TransferRecord(string TransferId, StoredTransfer State);
