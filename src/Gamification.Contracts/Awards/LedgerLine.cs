namespace Gamification.Contracts.Awards;

/// <summary>One ledger entry, explaining itself: requested, granted, which cap cut it, under which ruleset version.</summary>
/// <param name="Kind"><c>action</c>, <c>daily_reward</c>, <c>watch</c>, <c>badge</c>, <c>adjustment</c>, <c>streak_extended</c>, <c>streak_frozen</c>, <c>streak_lost</c>, <c>streak_milestone</c>, <c>freezes_granted</c>, <c>boost_started</c> or <c>boost_ended</c>.</param>
/// <param name="Subject">The action, badge or adjustment the entry is for.</param>
/// <param name="BalanceAfter">The user's XP once this entry applied.</param>
/// <param name="BaseXp">The XP before boosts, when <paramref name="Boosts"/> multiplied it into <paramref name="Requested"/>.</param>
/// <param name="CutBy"><c>daily_cap</c> or <c>watch_cap</c> when a cap reduced the grant.</param>
[GenerateSerializer, Alias("gamification.ledger-line")]
public sealed record LedgerLine(
    [property: Id(0)] string Key,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Subject,
    [property: Id(3)] int Requested,
    [property: Id(4)] int Granted,
    [property: Id(5)] long BalanceAfter,
    [property: Id(6)] string? CutBy,
    [property: Id(7)] int RulesetVersion,
    [property: Id(8)] DateTimeOffset At,
    [property: Id(9)] string? ActorUserId,
    [property: Id(10)] EntityTarget? Target,
    [property: Id(11)] string? Note,
    [property: Id(12)] int? BaseXp = null,
    [property: Id(13)] IReadOnlyList<Boosts.AppliedBoostLine>? Boosts = null,
    [property: Id(14)] Streaks.StreakLine? Streak = null,
    [property: Id(15)] Boosts.BoostView? Boost = null)
{
    // Lines are values: two lines with the same boosts are equal, whichever lists hold them.
    public bool Equals(LedgerLine? other) =>
        other is not null && Key == other.Key && Kind == other.Kind && Subject == other.Subject && Requested == other.Requested
        && Granted == other.Granted && BalanceAfter == other.BalanceAfter && CutBy == other.CutBy && RulesetVersion == other.RulesetVersion
        && At == other.At && ActorUserId == other.ActorUserId && Target == other.Target && Note == other.Note && BaseXp == other.BaseXp
        && (Boosts ?? []).SequenceEqual(other.Boosts ?? []) && Streak == other.Streak && Boost == other.Boost;

    public override int GetHashCode() => HashCode.Combine(Key, Kind, Granted, BalanceAfter, At);
}
