namespace Gamification.Contracts.Leaderboards;

/// <summary>
/// A user's score on a board as of the source's <paramref name="Sequence"/> (the user's ledger
/// sequence, a module's message count): set, not added, so replays and retries change nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("gamification.score-update")]
public sealed record ScoreUpdate(
    [property: Id(0)] string UserId,
    [property: Id(1)] long Score,
    [property: Id(2)] long Sequence,
    [property: Id(3)] DateTimeOffset At);
