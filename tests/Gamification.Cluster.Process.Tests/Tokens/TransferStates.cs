using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gamification.Cluster.Process.Tests.Tokens;

/// <summary>A transfer as the service reports it; a null status means the id was never recorded.</summary>
internal sealed record TransferState(string? Status, long Amount)
{
    public bool InFlight => Status is "requested" or "debited";

    /// <summary>Reads every id's transfer through the gateway, retrying reads that fail while the cluster recovers.</summary>
    public static async Task<Dictionary<string, TransferState>> ReadAsync(HttpClient http, IReadOnlyList<string> ids)
    {
        var states = new ConcurrentDictionary<string, TransferState>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) => states[id] = await ReadOneAsync(http, id));
        return new Dictionary<string, TransferState>(states);
    }

    /// <summary>Reads the transfers until none is in flight; returns the last read, in flight or not, once <paramref name="within"/> is up.</summary>
    public static async Task<Dictionary<string, TransferState>> UntilSettledAsync(HttpClient http, IReadOnlyList<string> ids, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var states = await ReadAsync(http, ids);
        while (states.Values.Any(s => s.InFlight) && clock.Elapsed < within)
        {
            await Task.Delay(500);
            var pending = states.Where(s => s.Value.InFlight).Select(s => s.Key).ToList();
            foreach (var (id, state) in await ReadAsync(http, pending))
                states[id] = state;
        }
        return states;
    }

    private static async Task<TransferState> ReadOneAsync(HttpClient http, string id)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"/api/transfers/{id}", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.NotFound)
                    return new TransferState(null, 0);
                if (response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    return new TransferState(body.GetProperty("status").GetString(), body.GetProperty("amount").GetInt64());
                }
            }
            catch (Exception e) when (attempt < 20 && e is HttpRequestException or TaskCanceledException)
            {
                // Read again below.
            }
            if (attempt >= 20)
                throw new InvalidOperationException($"Transfer {id} could not be read after {attempt} attempts");
            await Task.Delay(250);
        }
    }
}
