using Gamification.Domain.Rules;
using Gamification.Domain.Rules.Json;

namespace Gamification.Domain.Tests.Rulesets;

public sealed class RulesetReaderTests
{
    private const string Minimal = """
        { "id": "mini", "version": 1, "name": "Mini",
          "levels": { "linear": { "xp_per_level": 100 } },
          "actions": { "post": { "xp": 5 } } }
        """;

    [Theory]
    [InlineData("mikoshi")]
    [InlineData("storybook")]
    [InlineData("degentalk")]
    [InlineData("academy")]
    public void Every_shipped_preset_is_valid(string preset)
    {
        var load = RulesetReader.Read(Presets.Json(preset));

        Assert.Empty(load.Errors);
        Assert.Equal(preset, load.Ruleset?.Id);
    }

    [Fact]
    public void A_minimal_ruleset_reads_with_defaults()
    {
        var rules = RulesetReader.Read(Minimal).GetOrThrow("mini");

        var post = rules.Actions["post"];
        Assert.Equal(new ActionRule("post", 5), post);
        Assert.Empty(rules.DailyCaps);
        Assert.Null(rules.DailyReward);
    }

    [Theory]
    [InlineData("""{ "actions": { "post": { "xp": "five" } } }""", "$.actions.post.xp")]
    [InlineData("""{ "actions": { "post": { "xp": 5, "bonus": 1 } } }""", "$.actions.post.bonus")]
    [InlineData("""{ "version": 0 }""", "$.version")]
    [InlineData("""{ "actions": { "post": { "xp": -5 } } }""", "$.actions.post.xp")]
    [InlineData("""{ "actions": { "post": { "xp": 5, "recipient": "friend" } } }""", "$.actions.post.recipient")]
    [InlineData("""{ "actions": { "Post Now": { "xp": 5 } } }""", "$.actions['Post Now']")]
    [InlineData("""{ "actions": { "post": { "xp": 5, "custom_amount": { "min": 10, "max": 1 } } } }""", "$.actions.post.custom_amount.max")]
    [InlineData("""{ "levels": { "table": [ { "level": 1, "name": "A", "xp": 0 }, { "level": 2, "name": "B", "xp": 0 } ] } }""", "$.levels.table[1].xp")]
    [InlineData("""{ "levels": { "table": [ { "level": 1, "name": "A", "xp": 10 } ] } }""", "$.levels.table[0].xp")]
    [InlineData("""{ "levels": { "table": [ { "level": 1, "name": "A", "xp": 0 }, { "level": 3, "name": "B", "xp": 10 } ] } }""", "$.levels.table[1].level")]
    [InlineData("""{ "levels": { "linear": { "xp_per_level": 100 }, "table": [] } }""", "$.levels")]
    [InlineData("""{ "daily_caps": [ { "min_level": 1, "max_level": 3, "xp": 100 }, { "min_level": 3, "xp": 200 } ] }""", "$.daily_caps[1]")]
    [InlineData("""{ "grades": [ { "name": "A", "min_xp": 0, "user_type": "Gold" } ] }""", "$.grades[0].user_type")]
    [InlineData("""{ "badges": { "b": { "name": "B", "kind": "action_count", "action": "nope", "threshold": 1 } } }""", "$.badges.b.action")]
    [InlineData("""{ "messages": { "milestones": [ { "id": "m", "every": 5, "at": 5, "action": "post" } ] } }""", "$.messages.milestones[0]")]
    [InlineData("""{ "messages": { "milestones": [ { "id": "m", "every": 5, "badge": "nope" } ] } }""", "$.messages.milestones[0].badge")]
    [InlineData("""{ "watch": { "live_xp_per_minute": 1 } }""", "$.watch.replay_xp_per_minute")]
    [InlineData("""{ "daily_reward": { "xp": 0 } }""", "$.daily_reward.xp")]
    public void An_error_is_reported_at_its_json_path_and_nothing_loads(string patch, string path)
    {
        var load = RulesetReader.Read(Merge(Minimal, patch));

        Assert.Null(load.Ruleset);
        Assert.Contains(load.Errors, e => e.Path == path);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_at_once()
    {
        var load = RulesetReader.Read("""{ "version": 0, "levels": { "linear": { "xp_per_level": 0 } }, "actions": { "a": { "xp": -1 } } }""");

        Assert.Null(load.Ruleset);
        Assert.Superset(
            new HashSet<string> { "$.id", "$.version", "$.name", "$.levels.linear.xp_per_level", "$.actions.a.xp" },
            load.Errors.Select(e => e.Path).ToHashSet());
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_position()
    {
        var load = RulesetReader.Read("""{ "id": "x", """);

        var error = Assert.Single(load.Errors);
        Assert.StartsWith("$", error.Path);
    }

    [Fact]
    public void The_exception_lists_every_error_with_its_path()
    {
        var load = RulesetReader.Read("""{ "id": "x", "version": 1, "name": "X", "levels": { "linear": { "xp_per_level": 10 } }, "actions": { "a": { "xp": -1 }, "b": { } } }""");

        var exception = Assert.Throws<InvalidRulesetException>(() => load.GetOrThrow("bad.json"));
        Assert.Contains("$.actions.a.xp: must be at least 0 (is -1)", exception.Message);
        Assert.Contains("$.actions.b.xp: is required", exception.Message);
    }

    private static string Merge(string baseJson, string patchJson)
    {
        var target = System.Text.Json.Nodes.JsonNode.Parse(baseJson)!.AsObject();
        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(patchJson)!.AsObject())
            target[key] = value?.DeepClone();
        return target.ToJsonString();
    }
}
