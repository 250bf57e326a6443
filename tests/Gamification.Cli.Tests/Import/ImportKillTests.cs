using System.Diagnostics;
using Gamification.Cli.Tests.Fixtures;

namespace Gamification.Cli.Tests.Import;

/// <summary>The CLI as a real process, killed midway through an import, then run again.</summary>
public sealed class ImportKillTests(CliSilo cluster) : IClassFixture<CliSilo>, IDisposable
{
    private const string App = "storybook";
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_killed_import_process_resumes_to_the_same_result_as_an_uninterrupted_import()
    {
        var whole = new StorybookHistory("pwhole", users: 80, seed: 5);
        var killed = new StorybookHistory("pkilled", users: 80, seed: 5);
        var wholeFile = folder.Write("whole.csv", whole.Csv());
        var killedFile = folder.Write("killed.csv", killed.Csv());
        Assert.Equal(0, (await CliRun.RunAsync(["import", wholeFile, "--app", App, .. cluster.Service(App)])).ExitCode);

        var acknowledgedBeforeKill = Random.Shared.Next(10, killed.Count / 2);
        using (var process = Start(["import", killedFile, "--app", App, "--parallel", "1", "--batch-size", "5", .. cluster.Service(App)]))
        {
            var checkpoint = killedFile + ".checkpoint";
            var deadline = Stopwatch.StartNew();
            while (Lines(checkpoint) < acknowledgedBeforeKill && !process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
                await Task.Delay(20);
            Assert.False(process.HasExited, "the import finished before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var resumed = await CliRun.RunAsync(["import", killedFile, "--app", App, .. cluster.Service(App)]);

        Assert.True(resumed.ExitCode == 0, resumed.Output);
        Assert.Matches(@"skipped \(acknowledged before\): [1-9]\d*", resumed.Output);
        var expected = await StandingAsync(whole);
        var actual = await StandingAsync(killed);
        Assert.Equal(expected, actual);
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gamification.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int Lines(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var count = 0;
            while (reader.ReadLine() is not null)
                count++;
            return count - 1;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private async Task<List<(long Xp, int Level, int Entries)>> StandingAsync(StorybookHistory history)
    {
        var standing = new List<(long, int, int)>();
        foreach (var user in history.Expected.Keys.Order(StringComparer.Ordinal))
        {
            var profile = await cluster.Client.GetProfileAsync(App, user);
            var ledger = await cluster.Client.GetHistoryAsync(App, user, limit: 500);
            Assert.Equal(history.Expected[user], profile.ExperiencePoints);
            standing.Add((profile.ExperiencePoints, profile.Level, ledger.Entries.Count));
        }
        return standing;
    }

    public void Dispose() => folder.Dispose();
}
