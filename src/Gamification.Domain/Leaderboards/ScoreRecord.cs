namespace Gamification.Domain.Leaderboards;

/// <summary>What a board knows of one user: the score, when they reached it, and the source sequence it came from.</summary>
internal readonly record struct ScoreRecord(long Score, long ReachedTicks, long Sequence);
