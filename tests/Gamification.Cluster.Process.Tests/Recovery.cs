using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gamification.Cluster.Process.Tests;

/// <summary>How long after a failure every user answers again: the slowest user's first successful read.</summary>
internal sealed record Recovery(TimeSpan Slowest, string SlowestUser, IReadOnlyList<string> Unanswered)
{
    /// <summary>
    /// Reads every user's progress (short timeouts, retried every 200 ms) until each has answered once, or until
    /// <paramref name="within"/> is up; the clock starts now, so call it right after the failure.
    /// </summary>
    public static async Task<Recovery> MeasureAsync(IReadOnlyList<(HttpClient Gateway, string User)> users, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var answered = new ConcurrentDictionary<string, TimeSpan>();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (item, cancel) =>
        {
            while (clock.Elapsed < within)
            {
                try
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                    using var response = await item.Gateway.GetAsync(new Uri($"/api/users/{item.User}/progress", UriKind.Relative), timeout.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        answered[item.User] = clock.Elapsed;
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not yet: its grain's silo is gone and the cluster has not noticed.
                }
                await Task.Delay(200, cancel);
            }
        });
        var slowest = answered.OrderByDescending(a => a.Value).FirstOrDefault();
        return new Recovery(slowest.Value, slowest.Key ?? "none", [.. users.Select(u => u.User).Where(u => !answered.ContainsKey(u))]);
    }
}
