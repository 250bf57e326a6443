using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Leaderboards;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Grains.Tests;

/// <summary>Windows that turn over on the silo's (fake) clock, and boards rebuilt from storage after a restart.</summary>
public abstract class LeaderboardWindowsAndRestarts(TestStorage storage) : IAsyncLifetime
{
    private const string App = "storybook";

    private TestSilo silo = null!;

    private ILeaderboardClient Boards => silo.Services.GetRequiredService<ILeaderboardClient>();

    public async Task InitializeAsync() => silo = await TestSilo.StartAsync(storage);

    public async Task DisposeAsync() => await silo.DisposeAsync();

    [Fact]
    public async Task Daily_weekly_and_monthly_boards_turn_over_at_utc_midnight_iso_monday_and_the_first()
    {
        var user = Fresh.Id();
        silo.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.Zero));
        await silo.Client.AwardAsync(App, new AwardCommand(user, "story_created", Fresh.Key()));
        silo.Clock.Advance(TimeSpan.FromMinutes(2));
        await silo.Client.AwardAsync(App, new AwardCommand(user, "story_published", Fresh.Key()));

        var expected = new Dictionary<string, long?>
        {
            ["day:2026-11-30"] = 100, ["day:2026-12-01"] = 50, ["week:2026-W49"] = 150, ["week:2026-W48"] = null,
            ["month:2026-11"] = 100, ["month:2026-12"] = 50, ["all"] = 150,
        };

        var scores = await Eventually.ValueAsync(async () =>
        {
            var read = new Dictionary<string, long?>();
            foreach (var window in expected.Keys)
                read[window] = (await Boards.GetStandingAsync(App, LeaderboardKeys.Xp, window, user, 0)).User?.Score;
            return read;
        }, read => read.All(r => r.Value == expected[r.Key]));

        Assert.Equal(expected, scores);
    }

    [Fact]
    public async Task A_week_boundary_on_sunday_midnight_starts_a_new_weekly_board()
    {
        var user = Fresh.Id();
        silo.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 23, 59, 0, TimeSpan.Zero));
        await silo.Client.AwardAsync(App, new AwardCommand(user, "story_created", Fresh.Key()));
        silo.Clock.Advance(TimeSpan.FromMinutes(2));
        await silo.Client.AwardAsync(App, new AwardCommand(user, "friend_added", Fresh.Key()));

        var lastWeek = await Eventually.ValueAsync(() => Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "week:2026-W47", user, 0), s => s.User is not null);
        var thisWeek = await Eventually.ValueAsync(() => Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "week:2026-W48", user, 0), s => s.User is not null);

        Assert.Equal((100L, 20L), (lastWeek.User!.Score, thisWeek.User!.Score));
    }

    [Fact]
    public async Task Boards_are_rebuilt_from_stored_states_after_a_silo_restart()
    {
        var users = Enumerable.Range(0, 12).Select(_ => Fresh.Id()).ToList();
        await Task.WhenAll(users.Select((u, i) => Task.WhenAll(Enumerable.Range(0, i + 1)
            .Select(_ => silo.Client.AwardAsync(App, new AwardCommand(u, "story_read", Fresh.Key()))))));
        var week = LeaderboardWindows.Resolve("weekly", silo.Clock.GetUtcNow())!;
        // The feed is off the award's path: wait until the boards hold every award before restarting.
        var before = await Eventually.ValueAsync(() => Standings(users, week), s => s.Select(x => x.Score).SequenceEqual(Enumerable.Range(1, 12).Select(i => 5L * i)));

        await silo.RestartAsync();
        var after = await Standings(users, week);

        Assert.Equal(before, after);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => 5L * i), after.Select(s => s.Score));
    }

    private async Task<List<(long Score, int Rank)>> Standings(List<string> users, string week)
    {
        var standings = new List<(long, int)>();
        foreach (var user in users)
        {
            var all = (await Boards.GetStandingAsync(App, LeaderboardKeys.Xp, "all", user, 0)).User;
            var weekly = (await Boards.GetStandingAsync(App, LeaderboardKeys.Xp, week, user, 0)).User;
            if (all is null || weekly is null || all.Score != weekly.Score)
                return [];
            standings.Add((all.Score, all.Rank));
        }
        return standings;
    }
}

public sealed class LeaderboardWindowsAndRestartsOnSqlite() : LeaderboardWindowsAndRestarts(TestStorage.Sqlite);

public sealed class LeaderboardWindowsAndRestartsOnPostgres() : LeaderboardWindowsAndRestarts(TestStorage.Postgres);
