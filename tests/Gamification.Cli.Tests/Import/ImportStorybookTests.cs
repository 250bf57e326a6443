using Gamification.Cli.Tests.Fixtures;

namespace Gamification.Cli.Tests.Import;

public sealed class ImportStorybookTests(CliSilo cluster) : IClassFixture<CliSilo>, IDisposable
{
    private const string App = "storybook";
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Import_reproduces_the_seed_backfill_formula_and_a_second_run_changes_nothing()
    {
        var history = new StorybookHistory("csv", users: 30, seed: 2);
        var file = folder.Write("history.csv", history.Csv());

        var first = await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service(App)]);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains($"acknowledged: {history.Count}", first.Output);
        var afterFirst = await StandingAsync(history);
        AssertFormula(history, afterFirst);

        var second = await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service(App)]);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"skipped (acknowledged before): {history.Count}", second.Output);
        Assert.Equal(afterFirst, await StandingAsync(history));
    }

    [Fact]
    public async Task Without_its_checkpoint_a_rerun_is_still_safe_because_of_idempotency_keys()
    {
        var history = new StorybookHistory("jsonl", users: 20, seed: 3);
        var file = folder.Write("history.jsonl", history.JsonLines());

        Assert.Equal(0, (await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service(App)])).ExitCode);
        var afterFirst = await StandingAsync(history);
        File.Delete(file + ".checkpoint");
        var rerun = await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service(App)]);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"acknowledged: {history.Count}", rerun.Output);
        AssertFormula(history, afterFirst);
        Assert.Equal(afterFirst, await StandingAsync(history));
    }

    [Fact]
    public async Task An_import_interrupted_at_a_random_point_resumes_to_the_same_result_as_an_uninterrupted_one()
    {
        var whole = new StorybookHistory("whole", users: 60, seed: 4);
        var wholeFile = folder.Write("whole.csv", whole.Csv());
        Assert.Equal(0, (await CliRun.RunAsync(["import", wholeFile, "--app", App, "--parallel", "2", .. cluster.Service(App)])).ExitCode);

        var (broken, brokenFile) = await InterruptAnImportAsync(delayMs: Random.Shared.Next(30, 300));
        var resumed = await CliRun.RunAsync(["import", brokenFile, "--app", App, "--parallel", "2", .. cluster.Service(App)]);

        Assert.True(resumed.ExitCode == 0, resumed.Output);
        var expected = await StandingAsync(whole);
        var actual = await StandingAsync(broken);
        Assert.Equal(expected.Values, actual.Values);
        AssertFormula(broken, actual);
    }

    // A fast import can finish before the timer fires; each retry uses fresh users and a shorter timer.
    private async Task<(StorybookHistory History, string File)> InterruptAnImportAsync(int delayMs)
    {
        for (var attempt = 0; ; attempt++, delayMs = Math.Max(1, delayMs / 2))
        {
            var history = new StorybookHistory($"broken{attempt}", users: 60, seed: 4);
            var file = folder.Write($"broken{attempt}.csv", history.Csv());
            using var interruption = new CancellationTokenSource(TimeSpan.FromMilliseconds(delayMs));
            var run = await CliRun.RunAsync(["import", file, "--app", App, "--parallel", "2", "--batch-size", "3", .. cluster.Service(App)], interruption.Token);
            if (run.ExitCode == 130)
                return (history, file);
            Assert.True(run.ExitCode == 0 && attempt < 8, run.Output);
        }
    }

    private async Task<Dictionary<string, (long Xp, int Level, int Entries)>> StandingAsync(StorybookHistory history)
    {
        var standing = new Dictionary<string, (long, int, int)>();
        foreach (var user in history.Expected.Keys.Order(StringComparer.Ordinal))
        {
            var profile = await cluster.Client.GetProfileAsync(App, user);
            var ledger = await cluster.Client.GetHistoryAsync(App, user, limit: 500);
            standing[user] = (profile.ExperiencePoints, profile.Level, ledger.Entries.Count);
        }
        return standing;
    }

    private static void AssertFormula(StorybookHistory history, Dictionary<string, (long Xp, int Level, int Entries)> standing)
    {
        foreach (var (user, xp) in history.Expected)
        {
            Assert.Equal(xp, standing[user].Xp);
            Assert.Equal((int)(xp / 500) + 1, standing[user].Level);
        }
    }

    public void Dispose() => folder.Dispose();
}
