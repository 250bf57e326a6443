using Gamification.Contracts.Awards;
using Gamification.Testing;

namespace Gamification.Grains.Tests;

/// <summary>Many calls at once on one grain, then the invariants: no limit or cap passed, XP equals the ledger.</summary>
public abstract class ConcurrencyInvariants(TestSilo silo)
{
    private readonly Gamification.Client.IGamificationClient client = silo.Client;

    [Fact]
    public async Task A_thousand_concurrent_awards_to_one_user_all_land_and_xp_equals_the_ledger()
    {
        var user = Fresh.Id();

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ =>
            client.AwardAsync("storybook", new AwardCommand(user, "story_read", Fresh.Key()))));

        var ledger = await client.GetHistoryAsync("storybook", user, limit: 500);
        var rest = await client.GetHistoryAsync("storybook", user, ledger.NextBefore, limit: 500);
        var last = await client.GetHistoryAsync("storybook", user, rest.NextBefore, limit: 500);
        var lines = ledger.Entries.Concat(rest.Entries).Concat(last.Entries).ToList();
        var profile = await client.GetProfileAsync("storybook", user);
        Assert.All(results, r => Assert.Equal(AwardStatus.Granted, r.Status));
        Assert.Equal(5000, profile.ExperiencePoints);
        Assert.Equal(profile.ExperiencePoints, lines.Sum(e => e.Granted));
        // A thousand awards and the day's link of the storytelling streak.
        Assert.Equal((1000, 1), (lines.Count(e => e.Kind == "action"), lines.Count(e => e.Kind == "streak_extended")));
        Assert.Equal(results.Select(r => r.TotalExp).Order(), Enumerable.Range(1, 1000).Select(i => i * 5L));
    }

    [Fact]
    public async Task A_thousand_concurrent_creations_never_pass_the_daily_limit_of_two()
    {
        var user = Fresh.Id();

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ =>
            client.AwardAsync("mikoshi", new AwardCommand(user, "create_character", Fresh.Key()))));

        Assert.Equal(2, results.Count(r => r.Status == AwardStatus.Granted));
        Assert.All(results.Where(r => r.Status == AwardStatus.Rejected), r => Assert.Equal("Daily limit reached for create_character (2/day)", r.Refusal?.Detail));
        Assert.Equal(60, (await client.GetProfileAsync("mikoshi", user)).ExperiencePoints);
        Assert.Equal(2, (await client.GetHistoryAsync("mikoshi", user)).Entries.Count);
    }

    [Fact]
    public async Task Concurrent_likes_from_many_users_stop_at_the_creators_limit()
    {
        var (creator, character) = (Fresh.Id(), Fresh.Id("c"));
        await client.RegisterEntityAsync("mikoshi", "character", character, creator);

        var results = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ =>
            client.AwardAsync("mikoshi", new AwardCommand(Fresh.Id(), "character_liked", Fresh.Key(), new EntityTarget("character", character)))));

        var limits = await client.GetLimitsAsync("mikoshi", creator);
        Assert.Equal(20, results.Count(r => r.Status == AwardStatus.Granted));
        Assert.Equal((100, 20), (limits.DailyExpGained, limits.DailyActionCounts["character_liked"]));
    }

    [Fact]
    public async Task Concurrent_awards_past_the_cap_land_exactly_on_it()
    {
        var user = Fresh.Id();
        var actions = new[] { "create_character", "create_character", "create_scene", "create_scene", "create_persona", "create_persona", "daily_chat" };
        await Task.WhenAll(actions.Select(a => client.AwardAsync("mikoshi", new AwardCommand(user, a, Fresh.Key()))));
        var character = Fresh.Id("c");
        await client.RegisterEntityAsync("mikoshi", "character", character, user);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            client.AwardAsync("mikoshi", new AwardCommand(Fresh.Id(), "forked", Fresh.Key(), new EntityTarget("character", character)))));

        var limits = await client.GetLimitsAsync("mikoshi", user);
        Assert.Equal((150, 150, 0), (limits.DailyExpGained, limits.DailyExpCap, limits.RemainingExp));
    }
}

public sealed class ConcurrencyInvariantsOnSqlite(SqliteSilo fixture) : ConcurrencyInvariants(fixture.Silo), IClassFixture<SqliteSilo>;

public sealed class ConcurrencyInvariantsOnPostgres(PostgresSilo fixture) : ConcurrencyInvariants(fixture.Silo), IClassFixture<PostgresSilo>;
