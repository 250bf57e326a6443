using System.CommandLine;
using Spectre.Console;

namespace Gamification.Cli.Rulesets;

/// <summary><c>ruleset diff &lt;a&gt; &lt;b&gt;</c>: what changes for users going from a to b, as a table.</summary>
internal static class DiffCommand
{
    public static Command Build(IAnsiConsole console)
    {
        var before = new Argument<FileInfo>("a") { Description = "The ruleset now deployed" };
        var after = new Argument<FileInfo>("b") { Description = "The ruleset to deploy" };
        var command = new Command("diff", "Show what changes for users between two rulesets: XP, limits, caps, levels, grades, badges") { before, after };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(before), parse.GetRequiredValue(after)));
        return command;
    }

    private static int Run(IAnsiConsole console, FileInfo a, FileInfo b)
    {
        var left = RulesetFile.Load(a);
        var right = RulesetFile.Load(b);
        if (left.Ruleset is null || right.Ruleset is null)
        {
            foreach (var (file, load) in new[] { (a, left), (b, right) }.Where(x => x.Item2.Ruleset is null))
            {
                foreach (var error in load.Errors)
                    console.WriteLine($"{file.Name}: {error.Path}: {error.Reason}");
            }
            return ExitCodes.Failed;
        }
        var changes = RulesetChange.Between(RulesetFacts.Of(left.Ruleset), RulesetFacts.Of(right.Ruleset));
        if (changes.Count == 0)
        {
            console.WriteLine("No change for users.");
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns("area", "item", a.Name, b.Name);
        foreach (var change in changes)
            table.AddRow(Markup.Escape(change.Area), Markup.Escape(change.Item), Markup.Escape(change.Before), Markup.Escape(change.After));
        console.Write(table);
        console.WriteLine($"{changes.Count} change(s).");
        return ExitCodes.Ok;
    }
}
