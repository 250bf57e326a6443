using Gamification.Domain.Leaderboards;

namespace Gamification.Domain.Tests.Leaderboards;

/// <summary>The documented order: score, then who reached it first, then user id; equal scores share a rank ("1224").</summary>
public sealed class LeaderboardOrderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private readonly Leaderboard board = new();

    [Fact]
    public void Higher_scores_come_first()
    {
        board.Set("a", 10, 1, T0);
        board.Set("b", 30, 1, T0);
        board.Set("c", 20, 1, T0);

        Assert.Equal(["b", "c", "a"], board.Top(0, 10).Select(r => r.UserId));
        Assert.Equal([1, 2, 3], board.Top(0, 10).Select(r => r.Rank));
    }

    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_rank_skips_and_who_got_there_first_leads()
    {
        board.Set("first", 50, 1, T0);
        board.Set("late", 40, 1, T0.AddMinutes(2));
        board.Set("early", 40, 1, T0.AddMinutes(1));
        board.Set("z-same-time", 40, 1, T0.AddMinutes(1));
        board.Set("last", 10, 1, T0);

        var rows = board.Top(0, 10);

        Assert.Equal(["first", "early", "z-same-time", "late", "last"], rows.Select(r => r.UserId));
        Assert.Equal([1, 2, 2, 2, 5], rows.Select(r => r.Rank));
    }

    [Fact]
    public void A_page_that_starts_inside_a_tie_keeps_the_shared_rank()
    {
        board.Set("a", 9, 1, T0);
        foreach (var user in new[] { "b", "c", "d" })
            board.Set(user, 5, 1, T0);

        var page = board.Top(2, 5);

        Assert.Equal([("c", 2), ("d", 2)], page.Select(r => (r.UserId, r.Rank)));
    }

    [Fact]
    public void A_user_sees_their_rank_and_the_users_around_them()
    {
        for (var i = 0; i < 10; i++)
            board.Set($"u{i}", 100 - i, 1, T0);

        var (user, around) = board.StandingOf("u5", 2);

        Assert.Equal(6, user!.Rank);
        Assert.Equal(["u3", "u4", "u5", "u6", "u7"], around.Select(r => r.UserId));
        Assert.Equal(["u0", "u1", "u2"], board.StandingOf("u0", 2).Around.Select(r => r.UserId));
        Assert.Equal(["u7", "u8", "u9"], board.StandingOf("u9", 2).Around.Select(r => r.UserId));
        Assert.Null(board.StandingOf("nobody", 2).User);
    }

    [Fact]
    public void Replayed_or_older_updates_change_nothing()
    {
        board.Set("a", 30, 3, T0);
        board.Set("b", 30, 1, T0.AddMinutes(1));

        var replay = board.Set("a", 30, 3, T0.AddHours(1));
        var older = board.Set("a", 10, 2, T0.AddHours(1));

        Assert.False(replay);
        Assert.False(older);
        Assert.Equal([("a", 30L, T0)], board.Top(0, 1).Select(r => (r.UserId, r.Score, r.ReachedAt)));
        Assert.Equal(2, board.Count);
    }

    [Fact]
    public void The_same_score_at_a_newer_sequence_keeps_the_time_it_was_first_reached()
    {
        board.Set("a", 30, 1, T0);
        board.Set("b", 30, 1, T0.AddMinutes(1));

        board.Set("a", 30, 2, T0.AddMinutes(5));

        Assert.Equal(["a", "b"], board.Top(0, 2).Select(r => r.UserId));
    }

    [Fact]
    public void Excluded_users_take_no_rank_and_come_back_with_their_score_when_readmitted()
    {
        board.Set("staff", 100, 1, T0);
        board.Set("a", 50, 1, T0);
        board.Set("b", 40, 1, T0);

        board.Exclude(["staff"]);
        board.Set("staff", 120, 2, T0);
        var excluded = board.Top(0, 10);
        var excludedStanding = board.StandingOf("staff", 1).User;
        board.Exclude([]);

        Assert.Equal([("a", 1), ("b", 2)], excluded.Select(r => (r.UserId, r.Rank)));
        Assert.Null(excludedStanding);
        Assert.Equal([("staff", 120L), ("a", 50L), ("b", 40L)], board.Top(0, 10).Select(r => (r.UserId, r.Score)));
    }

    [Fact]
    public void The_skip_list_agrees_with_a_sorted_list_under_random_updates()
    {
        var random = new Random(42);
        var expected = new Dictionary<string, (long Score, DateTimeOffset At, long Seq)>();
        for (var step = 1; step <= 5000; step++)
        {
            var user = $"u{random.Next(300)}";
            var score = (long)random.Next(40);
            var at = T0.AddSeconds(random.Next(1000));
            if (!expected.TryGetValue(user, out var known) || known.Score != score)
                expected[user] = (score, at, step);
            board.Set(user, score, step, at);
        }

        var order = expected.OrderByDescending(e => e.Value.Score).ThenBy(e => e.Value.At).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        var rows = board.Top(0, 1000);
        Assert.Equal(order.Select(e => e.Key), rows.Select(r => r.UserId));
        Assert.All(rows, r => Assert.Equal(1 + order.Count(e => e.Value.Score > r.Score), r.Rank));
        Assert.All(order.Take(50), e => Assert.Equal(rows.Single(r => r.UserId == e.Key).Rank, board.StandingOf(e.Key, 0).User!.Rank));
    }
}
