namespace Gamification.Domain.Awards;

/// <summary>
/// One line of a user's ledger, explaining itself: what was asked, what was granted, which cap cut
/// it, and under which ruleset version. <paramref name="Key"/> is unique in the user's ledger forever.
/// </summary>
/// <param name="BalanceAfter">The user's XP once this entry is applied.</param>
/// <param name="Requested">XP asked for: the boosted amount when boosts applied.</param>
/// <param name="BaseXp">The XP before boosts, when boosts applied.</param>
/// <param name="Boosts">Each boost that multiplied the entry.</param>
/// <param name="Streak">The streak's state after a streak entry.</param>
/// <param name="Boost">The boost a <see cref="LedgerKind.BoostStarted"/> or <see cref="LedgerKind.BoostEnded"/> entry is about.</param>
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
    string? Note = null,
    int? BaseXp = null,
    IReadOnlyList<Boosts.AppliedBoost>? Boosts = null,
    Streaks.StreakMark? Streak = null,
    Boosts.UserBoost? Boost = null);
