using System.Diagnostics;
using System.Globalization;
using Gamification.Testing;

namespace Gamification.Silo.Tests;

/// <summary>One run of <c>samples/AwardWorker</c> against a silo process's Orleans gateway: its exit code and what it printed.</summary>
internal sealed record AwardWorkerRun(int ExitCode, string Output)
{
    public static async Task<AwardWorkerRun> AgainstAsync(SiloProcess silo, string user, int events)
    {
        var worker = WorkerDirectory();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(worker, "award-worker.dll")])
        {
            WorkingDirectory = worker,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Sample__Gateways__0"] = $"127.0.0.1:{silo.GatewayPort}";
        start.Environment["Sample__User"] = user;
        start.Environment["Sample__Events"] = events.ToString(CultureInfo.InvariantCulture);
        start.Environment["Logging__Console__FormatterName"] = "simple";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new AwardWorkerRun(process.ExitCode, await output + await errors);
    }

    /// <summary>samples/AwardWorker's output for this test's configuration and framework (tests/X/bin/Release/net10.0 here).</summary>
    private static string WorkerDirectory()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!;
        var root = configuration.Parent!.Parent!.Parent!.Parent!;
        return Path.Combine(root.FullName, "samples", "AwardWorker", "bin", configuration.Name, output.Name);
    }

    public int Lines(string text) => Output.Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));
}
