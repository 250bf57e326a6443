using Gamification.Cli.Tests.Fixtures;

namespace Gamification.Cli.Tests.Rulesets;

public sealed class RulesetValidateTests : IDisposable
{
    private readonly TempFolder folder = new();

    public static TheoryData<string> Presets => new() { "mikoshi", "storybook", "degentalk", "academy" };

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task Every_preset_is_valid_and_exits_zero(string preset)
    {
        var run = await CliRun.RunAsync(["ruleset", "validate", Preset(preset)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"valid: {preset} v", run.Output);
    }

    [Fact]
    public async Task An_invalid_ruleset_lists_every_error_with_its_json_path_and_exits_one()
    {
        var file = folder.Write("bad.json", """
            {"id": "bad", "version": 0, "name": "Bad",
             "levels": {"linear": {"xp_per_level": 500}},
             "actions": {"post": {"xp": 10, "daily_limit": 0}, "like": {"xp": -5}}}
            """);

        var run = await CliRun.RunAsync(["ruleset", "validate", file]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("invalid: bad.json", run.Output);
        Assert.Contains("$.version:", run.Output);
        Assert.Contains("$.actions.post.daily_limit:", run.Output);
        Assert.Contains("$.actions.like.xp:", run.Output);
    }

    [Fact]
    public async Task Malformed_json_is_reported_with_the_path_where_it_breaks()
    {
        var file = folder.Write("broken.json", """{"id": "x", "actions": {"a": {"xp": "ten"}}}""");

        var run = await CliRun.RunAsync(["ruleset", "validate", file]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("$.actions.a.xp", run.Output);
    }

    [Fact]
    public async Task A_missing_file_is_an_error_not_a_crash()
    {
        var run = await CliRun.RunAsync(["ruleset", "validate", folder.File("nowhere.json")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("file not found", run.Output);
    }

    internal static string Preset(string name) => Path.Combine(AppContext.BaseDirectory, "rulesets", $"{name}.json");

    public void Dispose() => folder.Dispose();
}
