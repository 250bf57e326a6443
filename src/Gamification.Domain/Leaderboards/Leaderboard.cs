namespace Gamification.Domain.Leaderboards;

/// <summary>
/// One board in one window. Scores are set, never added, and carry the source's sequence number,
/// so a replayed or reordered update never counts twice. Excluded users keep their score but take no rank.
/// </summary>
public sealed class Leaderboard
{
    private readonly Dictionary<string, ScoreRecord> scores = new(StringComparer.Ordinal);
    private readonly RankedSet ranked = new();
    private HashSet<string> excluded = new(StringComparer.Ordinal);

    /// <summary>Users who take a rank.</summary>
    public int Count => ranked.Count;

    /// <summary>Sets <paramref name="userId"/>'s score as of source sequence <paramref name="sequence"/>.</summary>
    /// <returns>Whether anything changed (an older or equal sequence changes nothing).</returns>
    public bool Set(string userId, long score, long sequence, DateTimeOffset at)
    {
        if (scores.TryGetValue(userId, out var known))
        {
            if (sequence <= known.Sequence)
                return false;
            if (known.Score == score)
            {
                // The same score keeps the time it was first reached, so a tie stays with who got there first.
                scores[userId] = known with { Sequence = sequence };
                return false;
            }
            if (!excluded.Contains(userId))
                ranked.Remove(new RankedItem(userId, known.Score, known.ReachedTicks));
        }
        var record = new ScoreRecord(score, at.UtcTicks, sequence);
        scores[userId] = record;
        if (!excluded.Contains(userId))
            ranked.Add(new RankedItem(userId, record.Score, record.ReachedTicks));
        return true;
    }

    /// <summary>Replaces the excluded users: those newly excluded leave the order, those readmitted return to it.</summary>
    public void Exclude(IEnumerable<string> userIds)
    {
        var next = new HashSet<string>(userIds, StringComparer.Ordinal);
        foreach (var userId in excluded.Except(next))
        {
            if (scores.TryGetValue(userId, out var record))
                ranked.Add(new RankedItem(userId, record.Score, record.ReachedTicks));
        }
        foreach (var userId in next.Except(excluded))
        {
            if (scores.TryGetValue(userId, out var record))
                ranked.Remove(new RankedItem(userId, record.Score, record.ReachedTicks));
        }
        excluded = next;
    }

    /// <summary>Up to <paramref name="limit"/> rows from 0-based position <paramref name="offset"/>.</summary>
    public IReadOnlyList<BoardStanding> Top(int offset, int limit) => Rows(offset, limit);

    /// <summary><paramref name="userId"/>'s row (null when unranked) and up to <paramref name="around"/> rows either side.</summary>
    public (BoardStanding? User, IReadOnlyList<BoardStanding> Around) StandingOf(string userId, int around)
    {
        if (excluded.Contains(userId) || !scores.TryGetValue(userId, out var record))
            return (null, []);
        var position = ranked.CountBefore(new RankedItem(userId, record.Score, record.ReachedTicks));
        var start = Math.Max(0, position - around);
        var rows = Rows(start, position - start + around + 1);
        return (rows[position - start], rows);
    }

    private List<BoardStanding> Rows(int offset, int limit)
    {
        var rows = new List<BoardStanding>(Math.Min(limit, Math.Max(0, ranked.Count - offset)));
        var position = offset;
        var rank = 0;
        long previous = 0;
        foreach (var item in ranked.From(offset))
        {
            if (rows.Count == limit)
                break;
            // Competition ranking: the rank is one more than the number of users with a higher score.
            if (rows.Count == 0)
                rank = ranked.CountBefore(RankedItem.FirstWith(item.Score)) + 1;
            else if (item.Score != previous)
                rank = position + 1;
            previous = item.Score;
            rows.Add(new BoardStanding(rank, item.UserId, item.Score, new DateTimeOffset(item.ReachedTicks, TimeSpan.Zero)));
            position++;
        }
        return rows;
    }
}
