using Gamification.Contracts.Awards;

namespace Gamification.Contracts.Progress;

/// <summary>A page of a user's ledger, newest first; pass <paramref name="NextBefore"/> to read on.</summary>
public sealed record LedgerPage(IReadOnlyList<LedgerLine> Entries, long? NextBefore);
