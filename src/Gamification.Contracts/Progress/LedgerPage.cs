using Gamification.Contracts.Awards;

namespace Gamification.Contracts.Progress;

/// <summary>A page of a user's ledger, newest first; pass <paramref name="NextBefore"/> to read on.</summary>
[GenerateSerializer, Alias("gamification.ledger-page")]
public sealed record LedgerPage([property: Id(0)] IReadOnlyList<LedgerLine> Entries, [property: Id(1)] long? NextBefore);
