using System.Diagnostics;

namespace Gamification.Load;

/// <summary>Runs one design with N concurrent callers for a fixed time, printing progress every second.</summary>
internal static class LoadRun
{
    public static async Task<RunResult> RunAsync(string design, int callers, int users, TimeSpan duration, Func<int, string, Task> award)
    {
        var recorder = new LatencyRecorder(callers);
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var cpu = new CpuMeter();
        var progress = ReportProgress(design, recorder, clock, stop.Token);
        var workers = Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var random = new Random(caller);
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await award(caller, $"u{random.Next(users)}");
                recorder.Record(caller, start);
            }
        }));
        await Task.WhenAll(workers);
        clock.Stop();
        var (machineCpu, processCpu) = cpu.PerAward(recorder.Completed);
        await progress;
        var (p50, p99, max) = recorder.Percentiles();
        return new RunResult(design, recorder.Completed, clock.Elapsed, p50, p99, max) { MachineCpuUs = machineCpu, ProcessCpuUs = processCpu };
    }

    private static async Task ReportProgress(string design, LatencyRecorder recorder, Stopwatch clock, CancellationToken stop)
    {
        var last = 0L;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var now = recorder.Completed;
                Console.WriteLine($"  {design,-10} {clock.Elapsed.TotalSeconds,5:F0}s  {now - last,8:N0} awards/s  total {now:N0}");
                last = now;
            }
        }
        catch (OperationCanceledException)
        {
            // The run's time is up.
        }
    }
}
