using Gamification.Cli.Tests.Fixtures;

namespace Gamification.Cli.Tests.Import;

public sealed class ImportBadFileTests(CliSilo cluster) : IClassFixture<CliSilo>, IDisposable
{
    private const string App = "storybook";
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Bad_csv_rows_are_reported_by_line_with_a_reason_and_the_good_rows_are_imported()
    {
        var user = $"bad-{Guid.NewGuid():N}"[..20];
        var huge = new string('x', 200_000);
        var file = folder.Write("bad.csv", string.Join('\n',
            "user_id,action,target_type,target_id,occurred_at,idempotency_key",
            $"{user},story_published,,,2025-01-02T10:00:00Z,{user}-ok-1",
            $"{user},story_published,,2025-01-02T10:00:00Z,{user}-short",
            $"{user},story_published,,,yesterday at noon,{user}-time",
            $"{user},poem_recited,,,2025-01-02T10:00:00Z,{user}-unknown",
            $"{user},story_published,,,2025-01-02T10:00:00Z,{huge}",
            $"{user},story_published,,,2025-01-03T10:00:00Z,\"unclosed",
            $",story_published,,,2025-01-03T10:00:00Z,{user}-nouser",
            $"{user},special_event,,,2025-01-03T10:00:00Z,{user}-noamount",
            $"{user},story_published,,,2025-01-04T10:00:00Z,{user}-ok-2"));

        var run = await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service(App)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("acknowledged: 2", run.Output);
        Assert.Contains("rejected: 7", run.Output);
        var rejected = File.ReadAllLines(file + ".rejected.txt").ToDictionary(l => int.Parse(l.Split('\t')[0]), l => l.Split('\t')[1]);
        Assert.Contains("fields, but the header has 6 columns", rejected[3]);
        Assert.Contains("occurred_at 'yesterday at noon' is not a timestamp", rejected[4]);
        Assert.Contains("unknown action 'poem_recited'", rejected[5]);
        Assert.Contains("line longer than", rejected[6]);
        Assert.Contains("quoted field is not closed", rejected[7]);
        Assert.Contains("user_id is required", rejected[8]);
        Assert.StartsWith("422", rejected[9]);
        Assert.Equal(100, (await cluster.Client.GetProfileAsync(App, user)).ExperiencePoints);
    }

    [Fact]
    public async Task Bad_json_lines_are_reported_by_line_and_never_crash_the_command()
    {
        var user = $"badj-{Guid.NewGuid():N}"[..20];
        var file = folder.Write("bad.jsonl", string.Join('\n',
            $$"""{"user_id":"{{user}}","action":"story_published","occurred_at":"2025-01-02T10:00:00Z"}""",
            """{"user_id": 42, "action": "story_published" """,
            """[1, 2, 3]""",
            $$"""{"user_id":"{{user}}","action":"story_published","occurred_at":"2025-01-02T10:00:00Z","mood":"happy"}""",
            $$"""{"user_id":"{{user}}","xp":"lots","reason":"migration","occurred_at":"2025-01-02T10:00:00Z"}""",
            $$"""{"user_id":"{{user}}","action":{"nested":true},"occurred_at":"2025-01-02T10:00:00Z"}""",
            $$"""{"user_id":"{{user}}","xp":250,"occurred_at":"2025-01-02T10:00:00Z"}""",
            $$"""{"user_id":"{{user}}","xp":250,"reason":"legacy points","occurred_at":"2025-01-03T10:00:00Z"}"""));

        var run = await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service(App)]);

        Assert.Equal(1, run.ExitCode);
        var rejected = File.ReadAllLines(file + ".rejected.txt").ToDictionary(l => int.Parse(l.Split('\t')[0]), l => l.Split('\t')[1]);
        Assert.Equal([2, 3, 4, 5, 6, 7], rejected.Keys.Order());
        Assert.Contains("not valid JSON", rejected[2]);
        Assert.Contains("must be a JSON object", rejected[3]);
        Assert.Contains("unknown column 'mood'", rejected[4]);
        Assert.Contains("xp 'lots' is not a whole number", rejected[5]);
        Assert.Contains("action must be a string or a number", rejected[6]);
        Assert.Contains("reason is required with xp", rejected[7]);
        Assert.Equal(50 + 250, (await cluster.Client.GetProfileAsync(App, user)).ExperiencePoints);
    }

    [Fact]
    public async Task A_csv_header_with_unknown_columns_is_reported_and_no_row_is_sent()
    {
        var file = folder.Write("header.csv", "who,what,when\nalice,story_published,2025-01-02T10:00:00Z\n");

        var run = await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service(App)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("header must name user_id", run.Output);
        Assert.Contains("acknowledged: 0", run.Output);
    }

    [Fact]
    public async Task A_key_of_another_app_is_refused_before_anything_is_sent()
    {
        var file = folder.Write("other.csv", "user_id,action,occurred_at\nalice,story_published,2025-01-02T10:00:00Z\n");

        var run = await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service("mikoshi")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("belongs to app 'mikoshi'", run.Output);
    }

    public void Dispose() => folder.Dispose();
}
