namespace Gamification.Domain.Awards;

/// <summary>
/// One line of a user's ledger, explaining itself: what was asked, what was granted, which cap cut
/// it, and under which ruleset version. <paramref name="Key"/> is unique in the user's ledger forever.
/// </summary>
/// <param name="BalanceAfter">The user's XP once this entry is applied.</param>
public sealed record LedgerEntry(
    string Key,
    LedgerKind Kind,
    string Subject,
    int Requested,
    int Granted,
    long BalanceAfter,
    CapCut? CutBy,
    int RulesetVersion,
    DateTimeOffset At,
    string? ActorUserId = null,
    EntityRef? Target = null,
    string? Note = null);
