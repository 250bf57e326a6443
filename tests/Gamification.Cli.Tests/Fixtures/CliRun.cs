using Gamification.Cli;
using Spectre.Console;

namespace Gamification.Cli.Tests.Fixtures;

/// <summary>Runs the `gamification` command in-process with a plain, wide console and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output)
{
    public static async Task<CliRun> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 240;
        var code = await CliApplication.RunAsync(args, console, cancellationToken);
        return new CliRun(code, writer.ToString());
    }
}
