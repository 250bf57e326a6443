using Gamification.Cli;
using Spectre.Console;

return await CliApplication.RunAsync(args, AnsiConsole.Console, CancellationToken.None);
