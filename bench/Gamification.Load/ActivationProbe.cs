using System.Diagnostics;

namespace Gamification.Load;

/// <summary>Cold activations (state loaded from PostgreSQL) one user at a time, and the managed heap they add.</summary>
internal static class ActivationProbe
{
    /// <param name="touch">A call that activates one user's grain (and should write nothing).</param>
    public static async Task<string> MeasureAsync(Func<string, Task> touch, int users)
    {
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var latencies = new double[users];
        for (var i = 0; i < users; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await touch($"u{i}");
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if ((i + 1) % 2_000 == 0)
                Console.WriteLine($"  activated {i + 1:N0}/{users:N0}");
        }
        var perGrain = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / users;
        // For a heap dump of the activations (dotnet-gcdump collect -p <pid>) while they are all still active.
        if (int.TryParse(Environment.GetEnvironmentVariable("GAMIFICATION_LOAD_HOLD_SECONDS"), out var hold) && hold > 0)
        {
            Console.WriteLine($"  holding {hold} s with {users:N0} activations (pid {Environment.ProcessId})");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
        Array.Sort(latencies);
        return $"cold activation p50 {latencies[users / 2]:F2} ms, p99 {latencies[(int)(users * 0.99)]:F2} ms; " +
               $"managed heap per active user grain {perGrain:N0} bytes ({users:N0} activations)";
    }
}
