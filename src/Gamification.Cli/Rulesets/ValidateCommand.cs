using System.CommandLine;
using Spectre.Console;

namespace Gamification.Cli.Rulesets;

/// <summary><c>ruleset validate &lt;file&gt;</c>: every error with its JSON path; exit 1 when there is any.</summary>
internal static class ValidateCommand
{
    public static Command Build(IAnsiConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "The ruleset JSON file" };
        var command = new Command("validate", "Check a ruleset file and list every error with its JSON path") { file };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(file)));
        return command;
    }

    private static int Run(IAnsiConsole console, FileInfo file)
    {
        var load = RulesetFile.Load(file);
        if (load.Ruleset is { } rules)
        {
            console.MarkupLineInterpolated($"[green]valid[/]: {rules.Id} v{rules.Version} ({rules.Actions.Count} actions, {rules.Badges.Count} badges)");
            return ExitCodes.Ok;
        }
        console.MarkupLineInterpolated($"[red]invalid[/]: {file.Name}, {load.Errors.Count} error(s)");
        foreach (var error in load.Errors)
            console.WriteLine($"  {error.Path}: {error.Reason}");
        return ExitCodes.Problems;
    }
}
