using Gamification.Contracts.Awards;

namespace Gamification.Gateway.Responses;

/// <summary>A ledger entry with a sentence saying why it is there (seed 003's XP log).</summary>
/// <param name="Sequence">The entry's place in the user's ledger; pass it as <c>before</c> to read older entries.</param>
public sealed record XpLogEntry(long Sequence, string Explanation, LedgerLine Entry);
