using Gamification.Cli.Tests.Fixtures;

namespace Gamification.Cli.Tests.Rulesets;

public sealed class RulesetDiffTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Diff_shows_changed_xp_limits_caps_thresholds_and_badges_as_a_table()
    {
        var before = RulesetValidateTests.Preset("mikoshi");
        var json = File.ReadAllText(before)
            .Replace("\"xp\": 30", "\"xp\": 40", StringComparison.Ordinal);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["actions"]!["create_character"]!["daily_limit"] = 3;
        node["daily_caps"]![0]!["xp"] = 175;
        node["levels"]!["table"]![1]!["xp"] = 120;
        node["version"] = 2;
        var after = folder.Write("mikoshi-v2.json", node.ToJsonString());

        var run = await CliRun.RunAsync(["ruleset", "diff", before, after]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"create_character xp\s*│\s*30\s*│\s*40", run.Output);
        Assert.Matches(@"create_character daily limit\s*│\s*2\s*│\s*3", run.Output);
        Assert.Matches(@"daily cap\s*│\s*levels 1-2\s*│\s*150\s*│\s*175", run.Output);
        Assert.Matches(@"level 002 threshold\s*│\s*100 xp", run.Output);
        Assert.Contains("120 xp", run.Output);
    }

    [Fact]
    public async Task Added_and_removed_actions_read_as_none_on_the_other_side()
    {
        var before = RulesetValidateTests.Preset("storybook");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(before))!;
        node["actions"]!.AsObject().Remove("achievement_earned");
        node["actions"]!["poem_written"] = System.Text.Json.Nodes.JsonNode.Parse("""{"xp": 15, "daily_limit": 5}""");
        var after = folder.Write("storybook-v2.json", node.ToJsonString());

        var run = await CliRun.RunAsync(["ruleset", "diff", before, after]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"achievement_earned xp\s*│\s*30\s*│\s*\(none\)", run.Output);
        Assert.Matches(@"poem_written daily limit\s*│\s*\(none\)\s*│\s*5", run.Output);
    }

    [Fact]
    public async Task A_streak_milestone_and_a_scheduled_boost_read_as_changes()
    {
        var before = RulesetValidateTests.Preset("degentalk");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(before))!;
        node["streaks"]!["daily_activity"]!["milestones"]![0]!["xp"] = 25;
        node["boosts"]!["scheduled"] = System.Text.Json.Nodes.JsonNode.Parse(
            """[{"id": "weekend", "factor": 2, "starts_at": "2027-01-02T00:00:00Z", "ends_at": "2027-01-04T00:00:00Z"}]""");
        var after = folder.Write("degentalk-v2.json", node.ToJsonString());

        var run = await CliRun.RunAsync(["ruleset", "diff", before, after]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"daily_activity at 003\s*│\s*15 xp\s*│\s*25 xp", run.Output);
        Assert.Matches(@"weekend\s*│\s*\S+\s*│\s*2x 2027-01-02", run.Output);
    }

    [Fact]
    public async Task Identical_rulesets_have_no_change()
    {
        var preset = RulesetValidateTests.Preset("academy");

        var run = await CliRun.RunAsync(["ruleset", "diff", preset, preset]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No change for users.", run.Output);
    }

    [Fact]
    public async Task Diff_of_an_invalid_ruleset_names_its_errors_and_exits_two()
    {
        var bad = folder.Write("bad.json", """{"id": "bad"}""");

        var run = await CliRun.RunAsync(["ruleset", "diff", RulesetValidateTests.Preset("storybook"), bad]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.json: $.version", run.Output);
    }

    public void Dispose() => folder.Dispose();
}
