using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Gamification.Cluster.Process.Tests;

/// <summary>One event and the HTTP gateways it may go through: the first attempt through the first, each retry through the next.</summary>
internal sealed record AwardRoute(AwardEvent Event, IReadOnlyList<HttpClient> Gateways);

/// <summary>
/// Sends events the way a careful app behind a load balancer does: many at once, each retried with its idempotency
/// key (through the next gateway of its route) after a 5xx, a timeout or a broken connection, until it gets a final
/// answer (200 or a 4xx refusal) or its budget runs out.
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

    /// <summary>Events with an outcome so far.</summary>
    public int Answered => Volatile.Read(ref answered);

    /// <summary>Completes once <paramref name="count"/> events have an outcome.</summary>
    public Task Reached(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Add((count, reached));
        if (Answered >= count)
            reached.TrySetResult();
        return reached.Task;
    }

    public Task RunAsync(IReadOnlyList<AwardRoute> routes) =>
        Parallel.ForEachAsync(routes, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (route, _) =>
        {
            outcomes[route.Event.Key] = await SendAsync(route);
            var count = Interlocked.Increment(ref answered);
            foreach (var (wanted, reached) in waiters)
            {
                if (count >= wanted)
                    reached.TrySetResult();
            }
        });

    /// <summary>Sends <paramref name="route"/>'s event until it has a final answer or the budget is spent.</summary>
    public async Task<AwardOutcome> SendAsync(AwardRoute route)
    {
        var clock = Stopwatch.StartNew();
        var failed = 0;
        var wait = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var gateway = route.Gateways[failed % route.Gateways.Count];
            try
            {
                using var response = await gateway.PostAsJsonAsync("/api/exp/gain", route.Event.Body);
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
