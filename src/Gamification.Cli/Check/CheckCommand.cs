using System.CommandLine;
using Gamification.Cli.Connection;
using Gamification.Contracts.Invariants;
using Spectre.Console;

namespace Gamification.Cli.Check;

/// <summary>
/// <c>check --app &lt;id&gt;</c>: runs the invariant checker inside the silo, page by page
/// (<c>POST /admin/check</c>), and reports every broken invariant; exit 1 when there is any.
/// </summary>
internal static class CheckCommand
{
    private const int PageSize = 200;

    public static Command Build(IAnsiConsole console)
    {
        var service = new ServiceOptions();
        var app = new Option<string>("--app") { Description = "The app to check (the key's app)", Required = true };
        var command = new Command("check", "Check every user: XP equals the ledger, keys once, daily caps and limits kept, badges once, tokens conserved") { app };
        service.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var gateway = service.Connect(parse, console);
            if (gateway is null)
                return ExitCodes.Failed;
            try
            {
                var report = await RunAsync(console, gateway, cancellationToken);
                return Report(console, parse.GetRequiredValue(app), report);
            }
            catch (Exception e) when (e is GatewayException or HttpRequestException)
            {
                console.WriteLine($"Check failed: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }

    private static async Task<(long Users, long Entries, List<InvariantViolation> Violations)> RunAsync(
        IAnsiConsole console, GatewayConnection gateway, CancellationToken cancellationToken)
    {
        long users = 0, entries = 0;
        var violations = new List<InvariantViolation>();
        await console.Status().StartAsync("checking", async context =>
        {
            string? after = null;
            do
            {
                using var response = await gateway.PostAsync("/admin/check", new CheckBody(after, PageSize), cancellationToken);
                await GatewayException.ThrowUnlessSuccess(response, cancellationToken);
                var page = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<InvariantPage>(response.Content, CliJson.Options, cancellationToken))!;
                users += page.UsersChecked;
                entries += page.LedgerEntries;
                violations.AddRange(page.Violations);
                after = page.NextAfter;
                context.Status($"checked {users} users, {entries} ledger entries, {violations.Count} violation(s)");
            }
            while (after is not null);
        });
        return (users, entries, violations);
    }

    private sealed record CheckBody(string? After, int Limit);

    private static int Report(IAnsiConsole console, string app, (long Users, long Entries, List<InvariantViolation> Violations) report)
    {
        console.WriteLine($"{app}: {report.Users} users, {report.Entries} ledger entries checked.");
        if (report.Violations.Count == 0)
        {
            console.MarkupLine("[green]All invariants hold.[/]");
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns("user", "invariant", "detail");
        foreach (var v in report.Violations)
            table.AddRow(Markup.Escape(v.UserId), Markup.Escape(v.Invariant), Markup.Escape(v.Detail));
        console.Write(table);
        console.MarkupLineInterpolated($"[red]{report.Violations.Count} violation(s).[/]");
        return ExitCodes.Problems;
    }
}
