namespace Gamification.Contracts.Awards;

/// <summary>One ledger entry, explaining itself: requested, granted, which cap cut it, under which ruleset version.</summary>
/// <param name="Kind"><c>action</c>, <c>daily_reward</c>, <c>watch</c>, <c>badge</c> or <c>adjustment</c>.</param>
/// <param name="Subject">The action, badge or adjustment the entry is for.</param>
/// <param name="BalanceAfter">The user's XP once this entry applied.</param>
/// <param name="CutBy"><c>daily_cap</c> or <c>watch_cap</c> when a cap reduced the grant.</param>
public sealed record LedgerLine(
    string Key,
    string Kind,
    string Subject,
    int Requested,
    int Granted,
    long BalanceAfter,
    string? CutBy,
    int RulesetVersion,
    DateTimeOffset At,
    string? ActorUserId,
    EntityTarget? Target,
    string? Note);
