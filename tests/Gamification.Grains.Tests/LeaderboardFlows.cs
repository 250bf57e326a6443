using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Leaderboards;
using Gamification.Contracts.Modules;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Grains.Tests;

/// <summary>
/// Boards fed by real awards: fresh right after the award answers (the feed is off the award's path, so
/// reads poll briefly), never double counted, equal to the users' states.
/// </summary>
public abstract class LeaderboardFlows(TestSilo silo)
{
    private const string App = "storybook";

    private IGamificationClient Client => silo.Client;

    private ILeaderboardClient Boards => silo.Services.GetRequiredService<ILeaderboardClient>();

    [Fact]
    public async Task An_award_is_on_every_xp_board_right_after_the_award_answers()
    {
        var user = Fresh.Id();
        var now = silo.Clock.GetUtcNow();

        var award = await Client.AwardAsync(App, new AwardCommand(user, "story_created", Fresh.Key()));

        foreach (var window in new[] { "all", "daily", "weekly", "monthly" })
        {
            var standing = await Eventually.ValueAsync(
                () => Boards.GetStandingAsync(App, LeaderboardKeys.Xp, LeaderboardWindows.Resolve(window, now)!, user, around: 0), s => s.User is not null);
            Assert.Equal(award.TotalExp, standing.User?.Score);
        }
    }

    [Fact]
    public async Task Replayed_awards_never_count_twice_on_a_board()
    {
        var (user, key) = (Fresh.Id(), Fresh.Key());
        await Client.AwardAsync(App, new AwardCommand(user, "story_created", key));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Client.AwardAsync(App, new AwardCommand(user, "story_created", key))));

        var weekly = await Eventually.ValueAsync(() => Boards.GetStandingAsync(App, LeaderboardKeys.Xp, Window("weekly"), user, 0), s => s.User is not null);
        var all = await Eventually.ValueAsync(() => Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "all", user, 0), s => s.User is not null);
        Assert.Equal((100L, 100L), (weekly.User!.Score, all.User!.Score));
    }

    [Fact]
    public async Task After_many_concurrent_awards_every_board_equals_the_users_states()
    {
        var users = Enumerable.Range(0, 40).Select(_ => Fresh.Id()).ToList();
        var actions = new[] { "story_read", "character_created", "story_published", "friend_added", "story_created" };
        var random = new Random(11);
        var events = users.SelectMany(u => Enumerable.Range(0, random.Next(1, 15)).Select(_ => new AwardCommand(u, actions[random.Next(actions.Length)], Fresh.Key()))).ToList();

        await Task.WhenAll(events.Select(e => Client.AwardAsync(App, e)));

        var xp = new Dictionary<string, long>();
        foreach (var user in users)
            xp[user] = (await Client.GetProfileAsync(App, user)).ExperiencePoints;
        foreach (var user in users)
        {
            var all = await Eventually.ValueAsync(() => Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "all", user, 0), s => s.User?.Score == xp[user]);
            var weekly = await Eventually.ValueAsync(() => Boards.GetStandingAsync(App, LeaderboardKeys.Xp, Window("weekly"), user, 0), s => s.User?.Score == xp[user]);
            Assert.Equal((xp[user], xp[user]), (all.User!.Score, weekly.User!.Score));
        }
        // Ranks only once every score is on the board: a rank read while another user's update was still in flight compares against its old score.
        var ranks = new Dictionary<string, int>();
        foreach (var user in users)
            ranks[user] = (await Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "all", user, 0)).User!.Rank;
        // Among these users, a higher score always means a better rank, and equal scores the same rank.
        Assert.All(users, a => Assert.All(users, b => Assert.Equal(Math.Sign(xp[b] - xp[a]), Math.Sign(ranks[a] - ranks[b]))));
    }

    [Fact]
    public async Task Excluded_users_leave_the_boards_and_return_when_readmitted()
    {
        var (staff, player) = (Fresh.Id("staff"), Fresh.Id());
        await Client.AwardAsync(App, new AwardCommand(staff, "story_created", Fresh.Key()));
        await Client.AwardAsync(App, new AwardCommand(player, "story_published", Fresh.Key()));
        await Eventually.ValueAsync(() => Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "all", staff, 0), s => s.User is not null);
        var before = await Eventually.ValueAsync(() => Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "all", player, 0), s => s.User is not null);

        await Boards.ExcludeAsync(App, staff);
        var excluded = await Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "all", staff, 0);
        var playerWhileExcluded = await Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "all", player, 0);
        await Boards.ReadmitAsync(App, staff);
        var readmitted = await Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "all", staff, 0);

        Assert.Null(excluded.User);
        Assert.Equal(before.User!.Rank - 1, playerWhileExcluded.User!.Rank);
        Assert.Equal(100L, readmitted.User!.Score);
    }

    [Fact]
    public async Task A_module_board_ranks_users_by_their_messages_in_that_module()
    {
        var module = Fresh.Id("m");
        var users = new[] { Fresh.Id("a"), Fresh.Id("b"), Fresh.Id("c") };
        var counts = new[] { 2, 5, 3 };
        for (var i = 0; i < users.Length; i++)
        {
            for (var m = 0; m < counts[i]; m++)
                await Client.RecordMessageAsync("academy", module, new MessageCommand(users[i], Fresh.Key()));
        }

        var top = await Eventually.ValueAsync(() => Boards.GetTopAsync("academy", LeaderboardKeys.Module(module), "all"), t => t.Entries.Sum(e => e.Score) == counts.Sum());

        Assert.Equal([(users[1], 5L, 1), (users[2], 3L, 2), (users[0], 2L, 3)], top.Entries.Select(e => (e.UserId, e.Score, e.Rank)));
    }

    [Fact]
    public async Task A_board_fed_from_outside_orders_by_score_then_by_who_reached_it_first()
    {
        var board = Fresh.Id("path:");
        var at = silo.Clock.GetUtcNow();
        await Boards.SetScoreAsync(App, board, "all", new ScoreUpdate("late", 10, 1, at.AddMinutes(1)));
        await Boards.SetScoreAsync(App, board, "all", new ScoreUpdate("early", 10, 1, at));
        await Boards.SetScoreAsync(App, board, "all", new ScoreUpdate("top", 20, 1, at));
        await Boards.SetScoreAsync(App, board, "all", new ScoreUpdate("top", 5, 1, at));

        var top = await Boards.GetTopAsync(App, board, "all");

        Assert.Equal([("top", 1), ("early", 2), ("late", 2)], top.Entries.Select(e => (e.UserId, e.Rank)));
    }

    private string Window(string name) => LeaderboardWindows.Resolve(name, silo.Clock.GetUtcNow())!;
}

public sealed class LeaderboardFlowsOnSqlite(SqliteSilo fixture) : LeaderboardFlows(fixture.Silo), IClassFixture<SqliteSilo>;

public sealed class LeaderboardFlowsOnPostgres(PostgresSilo fixture) : LeaderboardFlows(fixture.Silo), IClassFixture<PostgresSilo>;
