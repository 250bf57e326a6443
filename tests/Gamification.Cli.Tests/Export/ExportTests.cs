using System.Text.Json;
using Gamification.Cli.Tests.Fixtures;
using Gamification.Cli.Tests.Import;

namespace Gamification.Cli.Tests.Export;

public sealed class ExportTests(CliSilo cluster) : IClassFixture<CliSilo>, IDisposable
{
    private const string App = "storybook";
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Export_writes_every_imported_user_with_xp_and_level_as_csv_and_as_json_lines()
    {
        var history = await ImportAsync("exp", users: 12);

        var csv = await CliRun.RunAsync(["export", "--app", App, "--format", "csv", "-o", folder.File("users.csv"), .. cluster.Service(App)]);
        var jsonl = await CliRun.RunAsync(["export", "--app", App, "--format", "jsonl", "-o", folder.File("users.jsonl"), .. cluster.Service(App)]);

        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(0, jsonl.ExitCode);
        var lines = File.ReadAllLines(folder.File("users.csv"));
        Assert.Equal("user_id,xp,level,grade,user_type,badges", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0]);
        foreach (var (user, xp) in history.Expected.Where(e => e.Value > 0))
        {
            Assert.Equal(xp.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[user][1]);
            Assert.Equal((xp / 500 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), rows[user][2]);
        }
        var json = File.ReadAllLines(folder.File("users.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("user_id").GetString()!);
        foreach (var (user, xp) in history.Expected.Where(e => e.Value > 0))
            Assert.Equal(xp, json[user].GetProperty("xp").GetInt64());
    }

    [Fact]
    public async Task Export_of_the_ledger_has_one_line_per_ledger_entry_whose_grants_sum_to_the_xp()
    {
        var history = await ImportAsync("led", users: 8);

        var run = await CliRun.RunAsync(["export", "--app", App, "--ledger", "--format", "jsonl", "-o", folder.File("ledger.jsonl"), .. cluster.Service(App)]);

        Assert.Equal(0, run.ExitCode);
        var entries = File.ReadAllLines(folder.File("ledger.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        foreach (var (user, xp) in history.Expected)
        {
            var granted = entries.Where(e => e.GetProperty("user_id").GetString() == user).Sum(e => e.GetProperty("entry").GetProperty("granted").GetInt64());
            Assert.Equal(xp, granted);
        }
        // One action line per imported event; the storytelling streak adds lines of its own, which grant no XP unless a milestone.
        Assert.Equal(history.Count, entries.Count(e => e.GetProperty("user_id").GetString()!.StartsWith("led-", StringComparison.Ordinal)
            && e.GetProperty("entry").GetProperty("kind").GetString() == "action"));
    }

    private async Task<StorybookHistory> ImportAsync(string prefix, int users)
    {
        var history = new StorybookHistory(prefix, users, seed: 7);
        var file = folder.Write($"{prefix}.csv", history.Csv());
        var run = await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service(App)]);
        Assert.True(run.ExitCode == 0, run.Output);
        return history;
    }

    public void Dispose() => folder.Dispose();
}
