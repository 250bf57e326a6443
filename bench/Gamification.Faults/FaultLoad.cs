using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;

namespace Gamification.Faults;

/// <summary>
/// Sends events the way a careful app does until told to stop: many at once, each retried with its idempotency key
/// after a 5xx or a broken connection until it gets a final answer (200 or a 4xx refusal) or its budget runs out.
/// </summary>
public sealed class FaultLoad(IReadOnlyDictionary<string, HttpClient> gateways, string run, int concurrency, TimeSpan retryBudget, Stopwatch campaign)
{
    private readonly ConcurrentDictionary<string, (AwardEvent Event, CallRecord Record)> calls = new();
    private long next = -1;
    private int failedAttempts;
    private int bareFailures;
    private string? firstServerError;

    /// <summary>Every user the load sends events to.</summary>
    public IEnumerable<(string App, string User)> Users => AwardEvent.Users(run);

    /// <summary>Every event sent so far with how it ended, by idempotency key.</summary>
    public IReadOnlyDictionary<string, (AwardEvent Event, CallRecord Record)> Calls => calls;

    /// <summary>Attempts that failed (5xx, broken connection, timeout) and were retried or given up.</summary>
    public int FailedAttempts => Volatile.Read(ref failedAttempts);

    /// <summary>The first 5xx other than 503 the load saw, with its body, to say what broke.</summary>
    public string? FirstServerError => firstServerError;

    /// <summary>5xx answers without a problem body: a failure the caller cannot read.</summary>
    public int BareFailures => Volatile.Read(ref bareFailures);

    /// <summary>Sends fresh events until <paramref name="stop"/> is cancelled, then lets the calls in flight finish.</summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var e = AwardEvent.Of(run, Interlocked.Increment(ref next));
                calls[e.Key] = (e, await SendAsync(e, retryBudget));
            }
        }, CancellationToken.None)));

    /// <summary>Sends again, with the same keys, every event whose budget ran out; returns how many there were.</summary>
    public async Task<int> RetryUnfinishedAsync(TimeSpan budget)
    {
        var unfinished = calls.Values.Where(c => !c.Record.IsFinal).Select(c => c.Event).ToList();
        await Parallel.ForEachAsync(unfinished, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (e, _) =>
        {
            var again = await SendAsync(e, budget);
            calls.AddOrUpdate(e.Key, (e, again), (_, before) => (e, Merge(before.Record, again)));
        });
        return unfinished.Count;
    }

    private static CallRecord Merge(CallRecord first, CallRecord second) => second with
    {
        Attempts = first.Attempts + second.Attempts,
        Unavailable = first.Unavailable + second.Unavailable,
        ServerErrors = first.ServerErrors + second.ServerErrors,
        Broken = first.Broken + second.Broken,
        LongestAttempt = first.LongestAttempt > second.LongestAttempt ? first.LongestAttempt : second.LongestAttempt,
        LastFailure = second.LastFailure ?? first.LastFailure,
    };

    private async Task<CallRecord> SendAsync(AwardEvent e, TimeSpan budget)
    {
        var started = campaign.Elapsed;
        var record = new CallRecord(503, 0, 0, 0, 0, TimeSpan.Zero, null);
        var wait = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var attempt = campaign.Elapsed;
            int? status = null;
            try
            {
                using var response = await gateways[e.App].PostAsJsonAsync("/api/exp/gain", e.Body);
                status = (int)response.StatusCode;
                if (status >= 500 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    Interlocked.Increment(ref bareFailures);
                if (status is >= 500 and not 503)
                    Interlocked.CompareExchange(ref firstServerError, $"{status} at {campaign.Elapsed.TotalSeconds:0.0} s: {await response.Content.ReadAsStringAsync()}", null);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // The answer was lost: the same key again never awards twice.
            }
            var took = campaign.Elapsed - attempt;
            record = record with { Attempts = record.Attempts + 1, LongestAttempt = took > record.LongestAttempt ? took : record.LongestAttempt };
            if (status is < 500)
                return record with { Status = status.Value };
            Interlocked.Increment(ref failedAttempts);
            record = record with
            {
                Unavailable = record.Unavailable + (status == 503 ? 1 : 0),
                ServerErrors = record.ServerErrors + (status is >= 500 and not 503 ? 1 : 0),
                Broken = record.Broken + (status is null ? 1 : 0),
                LastFailure = campaign.Elapsed,
            };
            if (campaign.Elapsed - started > budget)
                return record with { Status = 503 };
            await Task.Delay(wait);
            wait = TimeSpan.FromMilliseconds(Math.Min(1000, wait.TotalMilliseconds * 2));
        }
    }
}
