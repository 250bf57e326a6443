using System.CommandLine;
using Gamification.Cli.Connection;
using Gamification.Contracts.Rulesets;
using Spectre.Console;

namespace Gamification.Cli.Import;

/// <summary><c>import &lt;file&gt; --app &lt;id&gt;</c>: replays history through the service, resumably.</summary>
internal static class ImportCommand
{
    public static Command Build(IAnsiConsole console)
    {
        var service = new ServiceOptions();
        var file = new Argument<FileInfo>("file") { Description = "A .csv (with a header) or .jsonl file of events or XP grants" };
        var app = new Option<string>("--app") { Description = "The app the rows belong to (the key's app)", Required = true };
        var parallel = new Option<int>("--parallel") { Description = "Lanes of users imported at once (each user's rows stay in time order)", DefaultValueFactory = _ => 8 };
        var batch = new Option<int>("--batch-size") { Description = "Events per request to POST /admin/import/events (1-1000)", DefaultValueFactory = _ => 250 };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Checkpoint file (default: <file>.checkpoint)" };
        var command = new Command("import", "Import historical events or XP grants, in time order, resumably") { file, app, parallel, batch, checkpoint };
        service.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var gateway = service.Connect(parse, console);
            if (gateway is null)
                return ExitCodes.Failed;
            var input = parse.GetRequiredValue(file);
            var settings = new ImportSettings(input, parse.GetRequiredValue(app), Math.Clamp(parse.GetValue(parallel), 1, 256),
                Math.Clamp(parse.GetValue(batch), 1, 1000),
                parse.GetValue(checkpoint) ?? input.FullName + ".checkpoint");
            return await RunAsync(console, gateway, settings, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, GatewayConnection gateway, ImportSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.File.Exists || !ImportFile.IsSupported(settings.File))
        {
            console.WriteLine($"{settings.File.FullName}: not found, or not a .csv/.jsonl file");
            return ExitCodes.Failed;
        }
        RulesetView ruleset;
        try
        {
            ruleset = await gateway.GetAsync<RulesetView>("/api/rulesets/current", cancellationToken);
        }
        catch (Exception e) when (e is GatewayException or HttpRequestException)
        {
            console.WriteLine($"Cannot reach {gateway.BaseAddress}: {e.Message}");
            return ExitCodes.Failed;
        }
        if (ruleset.App != settings.App)
        {
            console.WriteLine($"The key belongs to app '{ruleset.App}', not '{settings.App}'.");
            return ExitCodes.Failed;
        }
        var parsed = ImportFile.Read(settings.File, ruleset.Actions.Select(a => a.Name).ToHashSet(StringComparer.Ordinal));
        using var checkpoint = Checkpoint.Open(settings.CheckpointPath, settings.File, settings.App);
        var pending = parsed.Rows.Where(r => !checkpoint.Done.Contains(r.Line)).ToList();
        console.WriteLine($"{parsed.Rows.Count} rows to import ({parsed.Rows.Count - pending.Count} already acknowledged), {parsed.Rejections.Count} rejected while reading.");
        var tally = new ImportTally();
        var runner = new ImportRunner(new EventBatchSender(gateway), new RowSender(gateway), checkpoint, tally, settings);
        var interrupted = false;
        try
        {
            await ImportProgress.ShowAsync(console, pending.Count, tally, checkpoint, () => runner.RunAsync(pending, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }
        checkpoint.Flush();
        var rejections = parsed.Rejections.Concat(tally.Rejections).OrderBy(r => r.Line).ToList();
        ImportSummary.Write(console, settings, tally.Acknowledged, parsed.Rows.Count - pending.Count, rejections);
        if (interrupted)
        {
            console.WriteLine("Interrupted: acknowledged rows are kept; run the same command again to resume.");
            return ExitCodes.Interrupted;
        }
        return rejections.Count == 0 ? ExitCodes.Ok : ExitCodes.Problems;
    }
}
