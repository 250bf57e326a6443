using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gamification.Testing;

namespace Gamification.Silo.Tests;

/// <summary>A silo process killed with SIGKILL under load: nothing acknowledged is lost, nothing applies twice.</summary>
public sealed class ProcessKill
{
    private const int Users = 25, EventsPerUser = 80;

    [Theory]
    [InlineData(TestStorage.Sqlite)]
    [InlineData(TestStorage.Postgres)]
    public async Task Killing_the_silo_mid_load_loses_no_acknowledged_award_and_retries_apply_once(TestStorage storage)
    {
        var connection = storage == TestStorage.Postgres
            ? await PostgresServer.CreateDatabaseAsync("kill")
            : $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("kill-").FullName, "silo.db")}";
        var events = Enumerable.Range(0, Users * EventsPerUser)
            .Select(i => new AwardEvent($"user-{i % Users}", "story_read", $"event-{i}")).ToList();
        await using var silo = await SiloProcess.StartAsync(storage, connection, TestApiKey.For("storybook"));
        var acknowledged = new ConcurrentDictionary<string, int>();

        await SendUntilKilled(silo, events, acknowledged);
        await silo.StartAsync();
        using var http = silo.CreateClient();
        // Every event again, as a caller with retries does: 16 at a time, not 2,000 at once against a 10 s client timeout.
        var retried = new ConcurrentBag<HttpStatusCode>();
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (e, cancellationToken) =>
        {
            using var response = await http.PostAsJsonAsync("/api/exp/gain", e.Body, cancellationToken);
            retried.Add(response.StatusCode);
        });

        Assert.InRange(acknowledged.Count, 1, events.Count - 1);
        Assert.Equal(events.Count, retried.Count);
        Assert.All(retried, status => Assert.Equal(HttpStatusCode.OK, status));
        foreach (var user in events.Select(e => e.UserId).Distinct())
        {
            var ledger = await Ledger(http, user);
            var xp = (await http.GetFromJsonAsync<JsonElement>($"/api/users/{user}/progress")).GetProperty("experience_points").GetInt64();
            // Each event once, and the day's link of the storytelling streak.
            Assert.Equal(EventsPerUser, ledger.Count(l => l.Kind == "action"));
            Assert.Equal(ledger.Count, ledger.Select(l => l.Key).Distinct().Count());
            Assert.Equal(ledger.Sum(l => l.Granted), xp);
        }
        Assert.All(acknowledged.Keys, key => Assert.Contains(key, events.Select(e => e.Key)));
    }

    private static async Task SendUntilKilled(SiloProcess silo, List<AwardEvent> events, ConcurrentDictionary<string, int> acknowledged)
    {
        using var http = silo.CreateClient();
        var killAt = events.Count / 3;
        var killed = 0;
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (e, cancellationToken) =>
        {
            try
            {
                var response = await http.PostAsJsonAsync("/api/exp/gain", e.Body, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                    acknowledged[e.Key] = 1;
            }
            catch (HttpRequestException)
            {
                // Sent to a dead process: unacknowledged, retried after the restart.
            }
            catch (TaskCanceledException)
            {
                // Timed out against a dead process: the same.
            }
            if (acknowledged.Count >= killAt && Interlocked.Exchange(ref killed, 1) == 0)
                await silo.KillAsync();
        });
    }

    private static async Task<List<(string Key, string Kind, long Granted)>> Ledger(HttpClient http, string user)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"/api/users/{user}/history?limit=500");
        return [.. page.GetProperty("entries").EnumerateArray().Select(e =>
            (e.GetProperty("key").GetString()!, e.GetProperty("kind").GetString()!, e.GetProperty("granted").GetInt64()))];
    }
}
