using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;

namespace Gamification.Cluster.Process.Tests.Tokens;

/// <summary>
/// Sends transfers the way a careful app does: after a 5xx, a timeout or a refused connection it sends the same
/// transfer id again until it gets an answer or its budget runs out (abandoned transfers get one attempt).
/// </summary>
internal sealed class TransferCaller(HttpClient gateway, TimeSpan budget)
{
    private int answered;

    /// <summary>The last answer each id got (200, 202, 409 or 422); ids never answered are absent.</summary>
    public ConcurrentDictionary<PlannedTransfer, HttpStatusCode> Answers { get; } = new();

    public int FailedAttempts;

    public int Answered => Volatile.Read(ref answered);

    public Task RunAsync(IEnumerable<PlannedTransfer> plan, int concurrency, Func<int, Task> afterEach) =>
        Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (transfer, _) =>
        {
            if (await SendAsync(transfer) is { } status)
            {
                Answers[transfer] = status;
                await afterEach(Interlocked.Increment(ref answered));
            }
        });

    private async Task<HttpStatusCode?> SendAsync(PlannedTransfer transfer)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await gateway.PostAsJsonAsync("/api/transfers", transfer.Body);
                if ((int)response.StatusCode < 500)
                    return response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // The silo died under the call: whether it happened is for the retry (or the service) to settle.
            }
            Interlocked.Increment(ref FailedAttempts);
            if (transfer.Abandoned || clock.Elapsed > budget)
                return null;
            await Task.Delay(200);
        }
    }
}
