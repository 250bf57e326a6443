namespace Gamification.Contracts.Inspection;

/// <summary>
/// One ledger row, written in the same transaction as the grain's state. Append-only; the
/// idempotency key is unique for the grain forever.
/// </summary>
/// <param name="IdempotencyKey">The event's key.</param>
/// <param name="Kind">What the row records, for example <c>award</c>.</param>
/// <param name="PayloadJson">The row's content as JSON.</param>
/// <param name="At">When the recorded event happened.</param>
[GenerateSerializer, Immutable, Alias("gamification.journal-entry-view")]
public sealed record JournalEntryView(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] string Kind,
    [property: Id(2)] string PayloadJson,
    [property: Id(3)] DateTimeOffset At);
