using System.Text.Json.Nodes;
using System.Collections.Frozen;
using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Replays;
using Gamification.Domain.Rules.Json;

namespace Gamification.Domain.Tests.Paths;

/// <summary>Seed 003's paths against the degentalk preset: multipliers on the primary path, path XP, validation, replay.</summary>
public sealed class PathTests
{
    [Fact]
    public void A_writer_earns_one_and_a_half_times_for_threads_rounded_down_and_collects_path_xp()
    {
        var writer = new Journey(Presets.Degentalk);
        Assert.Null(PathSelection.Choose(writer.State, writer.Rules, "writer"));

        var thread = writer.Do("thread_created");
        var post = writer.Do("post_created");
        var tip = writer.Do("tip_given");

        Assert.Equal((15, 6, 3), (thread.XpAdded, post.XpAdded, tip.XpAdded));
        Assert.Equal(24, writer.State.PathXp["writer"]);
        Assert.Equal(24, writer.State.Xp);
    }

    [Fact]
    public void Without_a_primary_path_actions_earn_their_plain_xp_and_no_path_xp()
    {
        var plain = new Journey(Presets.Degentalk);

        Assert.Equal(10, plain.Do("thread_created").XpAdded);
        Assert.Empty(plain.State.PathXp);
    }

    [Fact]
    public void Path_xp_stays_with_a_path_when_the_user_switches()
    {
        var user = new Journey(Presets.Degentalk);
        PathSelection.Choose(user.State, user.Rules, "trader");
        user.Do("tip_given");
        PathSelection.Choose(user.State, user.Rules, "writer");
        user.Do("tip_given");

        Assert.Equal((6L, 3L), (user.State.PathXp["trader"], user.State.PathXp["writer"]));
    }

    [Fact]
    public void An_unknown_path_cannot_be_chosen()
    {
        var state = new UserProgress();

        Assert.Equal("there is no path 'astronaut'", PathSelection.Choose(state, Presets.Degentalk, "astronaut"));
        Assert.Null(state.PrimaryPath);
    }

    [Theory]
    [InlineData("""{"name": "X", "xp_multipliers": {"nope": 2}}""", "$.paths.x.xp_multipliers.nope")]
    [InlineData("""{"name": "X", "xp_multipliers": {"tip_given": 0}}""", "$.paths.x.xp_multipliers.tip_given")]
    [InlineData("""{"xp_multipliers": {}}""", "$.paths.x.name")]
    public void A_bad_path_is_refused_naming_the_field(string path, string field)
    {
        var document = JsonNode.Parse(Presets.Json("degentalk"))!;
        document["paths"]!["x"] = JsonNode.Parse(path);
        var json = document.ToJsonString();

        var load = RulesetReader.Read(json);

        Assert.Null(load.Ruleset);
        Assert.Contains(load.Errors, e => e.Path == field);
    }

    [Fact]
    public void A_replay_under_a_ruleset_with_a_lower_daily_limit_refuses_the_events_past_it()
    {
        var rules = Presets.Degentalk;
        var events = Enumerable.Range(0, 3).Select(i =>
            new ReplayedAward(new AwardRequest("tip_given", "u", "u", $"k{i}"), Journey.Start.AddMinutes(i))).ToList();
        var stricter = rules with { Actions = rules.Actions.ToDictionary(a => a.Key, a => a.Key == "tip_given" ? a.Value with { DailyLimit = 2 } : a.Value).ToFrozenDictionary() };

        var (outcomes, end) = HistoryReplay.Run(new UserProgress(), stricter, events);

        Assert.Equal([true, true, false], outcomes.Select(o => o.IsGranted));
        Assert.Equal(6, end.Xp);
    }
}
