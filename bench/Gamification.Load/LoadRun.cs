using System.Diagnostics;
using System.Runtime;

namespace Gamification.Load;

/// <summary>Runs one design with N concurrent callers for a fixed time, printing progress every second.</summary>
internal static class LoadRun
{
    /// <summary>Methods compiled per second below which the JIT counts as settled (a cold silo compiles thousands a second).</summary>
    private const int SettledJitMethodsPerSecond = 20;

    /// <summary>Seconds in a row the JIT must stay settled: tiering compiles in bursts once a method's call count is reached.</summary>
    private const int SettledSeconds = 3;

    public static async Task<RunResult> RunAsync(string design, int callers, int users, TimeSpan duration, Func<int, string, Task> award)
    {
        var recorder = new LatencyRecorder(callers);
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var cpu = new CpuMeter();
        var compiledAtStart = JitInfo.GetCompiledMethodCount();
        var progress = ReportProgress(design, recorder, clock, stop.Token);
        await Callers(callers, users, recorder, award, stop.Token);
        clock.Stop();
        var (machineCpu, processCpu) = cpu.PerAward(recorder.Completed);
        var compiled = JitInfo.GetCompiledMethodCount() - compiledAtStart;
        await progress;
        var (p50, p99, max) = recorder.Percentiles();
        return new RunResult(design, recorder.Completed, clock.Elapsed, p50, p99, max) { MachineCpuUs = machineCpu, ProcessCpuUs = processCpu, JitMethods = compiled };
    }

    /// <summary>
    /// Calls for at least <paramref name="minimum"/> and then until the JIT has settled, at most <paramref name="maximum"/>:
    /// tiered compilation takes 30-80 s to optimize a silo's ~14,000 hot methods on 2 cores, and a run measured while it
    /// works spends a tenth of the machine on the JIT thread.
    /// </summary>
    public static async Task WarmUpAsync(string name, int callers, int users, TimeSpan minimum, TimeSpan maximum, Func<int, string, Task> award)
    {
        var recorder = new LatencyRecorder(callers);
        using var stop = new CancellationTokenSource();
        var workers = Callers(callers, users, recorder, award, stop.Token);
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var (compiled, awards, settled) = (JitInfo.GetCompiledMethodCount(), 0L, 0);
        while (await timer.WaitForNextTickAsync())
        {
            var (nowCompiled, nowAwards) = (JitInfo.GetCompiledMethodCount(), recorder.Completed);
            settled = nowCompiled - compiled < SettledJitMethodsPerSecond ? settled + 1 : 0;
            Console.WriteLine($"  {name,-10} {clock.Elapsed.TotalSeconds,5:F0}s  {nowAwards - awards,8:N0} awards/s  JIT {nowCompiled - compiled,6:N0} methods/s");
            (compiled, awards) = (nowCompiled, nowAwards);
            if ((clock.Elapsed >= minimum && settled >= SettledSeconds) || clock.Elapsed >= maximum)
                break;
        }
        Console.WriteLine(settled >= SettledSeconds ? "  JIT settled" : $"  JIT still compiling after {maximum.TotalSeconds:F0} s (--warmup-max)");
        await stop.CancelAsync();
        await workers;
    }

    private static Task Callers(int callers, int users, LatencyRecorder recorder, Func<int, string, Task> award, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var random = new Random(caller);
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await award(caller, $"u{random.Next(users)}");
                recorder.Record(caller, start);
            }
        })));

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
