using System.CommandLine;
using Spectre.Console;

namespace Gamification.Cli.Rulesets;

/// <summary><c>ruleset validate</c> and <c>ruleset diff</c>: local checks of ruleset files, no service needed.</summary>
internal static class RulesetCommands
{
    public static Command Build(IAnsiConsole console)
    {
        var ruleset = new Command("ruleset", "Check ruleset files before deploying them");
        ruleset.Add(ValidateCommand.Build(console));
        ruleset.Add(DiffCommand.Build(console));
        return ruleset;
    }
}
