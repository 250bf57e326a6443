using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gamification.Cluster.Process.Tests;

/// <summary>The invariants after a storm, read back through a gateway: per user, the ledger, the XP and today's limits.</summary>
internal static class LedgerCheck
{
    /// <summary>
    /// Every event answered 200 is in its user's ledger exactly once and no other event is; XP equals the ledger's
    /// sum; today's XP is within the cap and every action's count within its daily limit. Returns the ledger rows read.
    /// </summary>
    public static async Task<int> AssertConsistentAsync(HttpClient gateway, IEnumerable<AwardEvent> events, IReadOnlyDictionary<string, AwardOutcome> outcomes)
    {
        var problems = new ConcurrentBag<string>();
        var rows = 0;
        await Parallel.ForEachAsync(events.GroupBy(e => e.UserId), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (user, cancel) =>
        {
            var ledger = await LedgerAsync(gateway, user.Key);
            Interlocked.Add(ref rows, ledger.Count);
            var acknowledged = user.Where(e => outcomes.TryGetValue(e.Key, out var o) && o.Status == 200).Select(e => e.Key).ToHashSet();
            var progress = await gateway.GetFromJsonAsync<JsonElement>($"/api/users/{user.Key}/progress", cancel);
            var limits = await gateway.GetFromJsonAsync<JsonElement>($"/api/exp/limits?user_id={user.Key}", cancel);

            var twice = ledger.GroupBy(l => l.Key).Where(g => g.Count() > 1).Select(g => $"{g.Key} x {g.Count()}").ToList();
            if (twice.Count > 0)
                problems.Add($"{user.Key}: keys in the ledger more than once: {string.Join(", ", twice)}");
            // Lines an award derives (the daily reward, a streak's link or milestone) carry keys of their own.
            var keys = ledger.Where(l => l.Kind == "action").Select(l => l.Key).ToHashSet();
            var lost = acknowledged.Except(keys).ToList();
            if (lost.Count > 0)
                problems.Add($"{user.Key}: acknowledged (200) but not in the ledger: {string.Join(", ", lost.Order())}");
            var unacknowledged = keys.Except(acknowledged).ToList();
            if (unacknowledged.Count > 0)
                problems.Add($"{user.Key}: in the ledger but not answered 200: {string.Join(", ", unacknowledged.Order().Select(k => $"{k} ({(outcomes.TryGetValue(k, out var o) ? o.ToString() : "never sent")})"))}");
            var xp = progress.GetProperty("experience_points").GetInt64();
            if (xp != ledger.Sum(l => l.Granted))
                problems.Add($"{user.Key}: {xp} XP but the ledger sums to {ledger.Sum(l => l.Granted)}");
            var gained = limits.GetProperty("daily_exp_gained").GetInt32();
            if (limits.GetProperty("daily_exp_cap") is { ValueKind: JsonValueKind.Number } cap && (gained < 0 || gained > cap.GetInt32()))
                problems.Add($"{user.Key}: {gained} XP today against a daily cap of {cap.GetInt32()}");
            var caps = limits.GetProperty("action_limits");
            foreach (var count in limits.GetProperty("daily_action_counts").EnumerateObject())
            {
                if (caps.TryGetProperty(count.Name, out var limit) && limit.ValueKind == JsonValueKind.Number && count.Value.GetInt32() > limit.GetInt32())
                    problems.Add($"{user.Key}: {count.Name} counted {count.Value.GetInt32()} times today over its daily limit of {limit.GetInt32()}");
            }
        });
        Assert.True(problems.IsEmpty, $"{problems.Count} ledger problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(40))}");
        return rows;
    }

    /// <summary>Every row of <paramref name="user"/>'s ledger, newest first, read page by page.</summary>
    public static async Task<List<(string Key, string Kind, long Granted)>> LedgerAsync(HttpClient gateway, string user)
    {
        var ledger = new List<(string Key, string Kind, long Granted)>();
        var path = $"/api/users/{user}/history?limit=500";
        while (true)
        {
            var page = await gateway.GetFromJsonAsync<JsonElement>(path);
            ledger.AddRange(page.GetProperty("entries").EnumerateArray().Select(e =>
                (e.GetProperty("key").GetString()!, e.GetProperty("kind").GetString()!, e.GetProperty("granted").GetInt64())));
            if (!page.TryGetProperty("next_before", out var next) || next.ValueKind != JsonValueKind.Number)
                return ledger;
            path = $"/api/users/{user}/history?limit=500&before={next.GetInt64()}";
        }
    }
}
