using Gamification.Contracts.Awards;
using Gamification.Domain.Progress;

namespace Gamification.Invariants;

/// <summary>One user as stored: the state and the whole ledger, oldest entry first.</summary>
public sealed record UserRecord(string UserId, UserProgress State, IReadOnlyList<LedgerLine> Ledger);
