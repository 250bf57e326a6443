namespace Gamification.Contracts.Leaderboards;

/// <summary>
/// A user's score on a board as of the source's <paramref name="Sequence"/> (the user's ledger
/// sequence, a module's message count): set, not added, so replays and retries change nothing.
/// </summary>
public sealed record ScoreUpdate(string UserId, long Score, long Sequence, DateTimeOffset At);
