using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Gamification.Cluster.Process.Tests;

/// <summary>
/// Sends events through gateways the way a careful app does: many at once, each retried with its idempotency key
/// after a 5xx or a broken connection until it gets a final answer (200 or a 4xx refusal) or its budget runs out.
/// </summary>
internal sealed class AwardLoad(int concurrency, TimeSpan retryBudget)
{
    private readonly ConcurrentDictionary<string, AwardOutcome> outcomes = new();
    private readonly ConcurrentBag<(int Count, TaskCompletionSource Reached)> waiters = [];
    private int failedAttempts;
    private int answered;

    /// <summary>The final outcome of every event that got one, by idempotency key.</summary>
    public IReadOnlyDictionary<string, AwardOutcome> Outcomes => outcomes;

    /// <summary>Attempts that failed (5xx, broken connection, timeout) and were retried.</summary>
    public int FailedAttempts => failedAttempts;

    /// <summary>Completes once <paramref name="count"/> events have a final answer.</summary>
    public Task Answered(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Add((count, reached));
        if (Volatile.Read(ref answered) >= count)
            reached.TrySetResult();
        return reached.Task;
    }

    public Task RunAsync(IReadOnlyList<(HttpClient Gateway, AwardEvent Event)> events) =>
        Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (item, _) =>
        {
            outcomes[item.Event.Key] = await SendAsync(item.Gateway, item.Event);
            var count = Interlocked.Increment(ref answered);
            foreach (var (wanted, reached) in waiters)
            {
                if (count >= wanted)
                    reached.TrySetResult();
            }
        });

    private async Task<AwardOutcome> SendAsync(HttpClient gateway, AwardEvent e)
    {
        var clock = Stopwatch.StartNew();
        var failed = 0;
        var wait = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                using var response = await gateway.PostAsJsonAsync("/api/exp/gain", e.Body);
                if ((int)response.StatusCode < 500)
                    return new AwardOutcome((int)response.StatusCode, failed);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // The answer was lost: the same key again never awards twice.
            }
            Interlocked.Increment(ref failedAttempts);
            failed++;
            if (clock.Elapsed > retryBudget)
                return new AwardOutcome((int)HttpStatusCode.ServiceUnavailable, failed);
            await Task.Delay(wait);
            wait = TimeSpan.FromMilliseconds(Math.Min(1000, wait.TotalMilliseconds * 2));
        }
    }
}
