namespace Gamification.Domain.Leaderboards;

/// <summary>
/// A user's place in a board's order: higher score first, then whoever reached the score first,
/// then user id (ordinal), so the order is total and the same on every silo.
/// </summary>
public readonly record struct RankedItem(string UserId, long Score, long ReachedTicks)
{
    /// <summary>The first position any user with <paramref name="score"/> can take.</summary>
    public static RankedItem FirstWith(long score) => new("", score, long.MinValue);

    public static int Compare(in RankedItem a, in RankedItem b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
            return byScore;
        var byTime = a.ReachedTicks.CompareTo(b.ReachedTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.UserId, b.UserId);
    }
}
