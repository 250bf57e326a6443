using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Gamification.Cli.Import;

/// <summary>A progress bar with rows done, rate and ETA while an import runs; the checkpoint is flushed on each tick.</summary>
internal static class ImportProgress
{
    public static Task ShowAsync(IAnsiConsole console, int total, ImportTally tally, Checkpoint checkpoint, Func<Task> import) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("import", maxValue: Math.Max(total, 1));
                var clock = Stopwatch.StartNew();
                var running = import();
                while (await Task.WhenAny(running, Task.Delay(250)) != running)
                    Update(task, tally, checkpoint, clock, total);
                Update(task, tally, checkpoint, clock, total);
                await running;
            });

    private static void Update(ProgressTask task, ImportTally tally, Checkpoint checkpoint, Stopwatch clock, int total)
    {
        checkpoint.Flush();
        var done = tally.Done;
        var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        task.Value = total == 0 ? 1 : done;
        task.Description = string.Create(CultureInfo.InvariantCulture, $"{done:N0}/{total:N0} rows, {rate:N0}/s");
    }
}
