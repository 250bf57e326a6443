using System.CommandLine;
using Gamification.Cli.Connection;
using Spectre.Console;

namespace Gamification.Cli.Export;

/// <summary><c>export --app &lt;id&gt; --format csv|jsonl [--ledger]</c>: users with XP, level, grade, badges; or every ledger line.</summary>
internal static class ExportCommand
{
    public static Command Build(IAnsiConsole console)
    {
        var service = new ServiceOptions();
        var app = new Option<string>("--app") { Description = "The app to export (the key's app)", Required = true };
        var format = new Option<string>("--format") { Description = "csv or jsonl", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var ledger = new Option<bool>("--ledger") { Description = "Export every user's ledger instead of their standing" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of the standard output" };
        var command = new Command("export", "Export users (XP, level, grade, badges) or their ledgers as CSV or JSON Lines") { app, format, ledger, output };
        service.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var gateway = service.Connect(parse, console);
            if (gateway is null)
                return ExitCodes.Failed;
            var target = parse.GetValue(output);
            await using var writer = target is null ? TextWriter.Null : new StreamWriter(target.FullName);
            var sink = target is null ? console.Profile.Out.Writer : writer;
            var records = new ExportWriter(sink, parse.GetValue(format) == "jsonl");
            try
            {
                var exporter = new Exporter(gateway, records);
                var count = parse.GetValue(ledger)
                    ? await exporter.LedgersAsync(cancellationToken)
                    : await exporter.UsersAsync(cancellationToken);
                if (target is not null)
                    console.WriteLine($"{count} {(parse.GetValue(ledger) ? "ledger lines" : "users")} written to {target.FullName}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is GatewayException or HttpRequestException)
            {
                console.WriteLine($"Export failed: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
