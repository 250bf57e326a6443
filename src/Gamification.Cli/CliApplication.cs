using System.CommandLine;
using Gamification.Cli.Check;
using Gamification.Cli.Export;
using Gamification.Cli.Import;
using Gamification.Cli.Rulesets;
using Gamification.Cli.Top;
using Spectre.Console;

namespace Gamification.Cli;

/// <summary>The `gamification` command tree; tests run it in-process with their own console.</summary>
public static class CliApplication
{
    public static RootCommand Build(IAnsiConsole console)
    {
        var root = new RootCommand("Operate a gamification service: validate and diff rulesets, import history, export, check invariants, watch the cluster.");
        root.Add(RulesetCommands.Build(console));
        root.Add(ImportCommand.Build(console));
        root.Add(ExportCommand.Build(console));
        root.Add(CheckCommand.Build(console));
        root.Add(TopCommand.Build(console));
        return root;
    }

    public static Task<int> RunAsync(string[] args, IAnsiConsole console, CancellationToken cancellationToken) =>
        Build(console).Parse(args).InvokeAsync(cancellationToken: cancellationToken);
}
