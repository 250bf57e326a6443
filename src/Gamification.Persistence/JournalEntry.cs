namespace Gamification.Persistence;

/// <summary>
/// One ledger row, written in the same transaction as the grain's state. Append-only; the
/// idempotency key is unique for the grain forever.
/// </summary>
/// <param name="IdempotencyKey">The event's key; writing it a second time fails the whole write.</param>
/// <param name="Kind">What the row records, for example <c>award</c>.</param>
/// <param name="PayloadJson">The row's content as JSON.</param>
/// <param name="At">When the recorded event happened.</param>
public sealed record JournalEntry(string IdempotencyKey, string Kind, string PayloadJson, DateTimeOffset At);
