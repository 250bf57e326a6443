using System.Net.Http.Json;
using System.Text.Json;

namespace Gamification.Cluster.Process.Tests;

/// <summary>The invariants after a storm, read back through a gateway: per user, the ledger, the XP and today's limits.</summary>
internal static class LedgerCheck
{
    /// <summary>
    /// Every event answered 200 is in its user's ledger exactly once and no other event is; XP equals the ledger's
    /// sum; today's XP is within the cap and every action's count within its daily limit.
    /// </summary>
    public static async Task AssertConsistentAsync(HttpClient gateway, IEnumerable<AwardEvent> events, IReadOnlyDictionary<string, AwardOutcome> outcomes)
    {
        foreach (var user in events.GroupBy(e => e.UserId))
        {
            var page = await gateway.GetFromJsonAsync<JsonElement>($"/api/users/{user.Key}/history?limit=500");
            var ledger = page.GetProperty("entries").EnumerateArray()
                .Select(e => (Key: e.GetProperty("key").GetString()!, Granted: e.GetProperty("granted").GetInt64())).ToList();
            var acknowledged = user.Where(e => outcomes[e.Key].Status == 200).Select(e => e.Key).ToHashSet();
            var progress = await gateway.GetFromJsonAsync<JsonElement>($"/api/users/{user.Key}/progress");
            var limits = await gateway.GetFromJsonAsync<JsonElement>($"/api/exp/limits?user_id={user.Key}");

            Assert.Equal(ledger.Count, ledger.Select(l => l.Key).Distinct().Count());
            Assert.Equal(acknowledged.Order(), ledger.Select(l => l.Key).Order());
            Assert.Equal(ledger.Sum(l => l.Granted), progress.GetProperty("experience_points").GetInt64());
            if (limits.GetProperty("daily_exp_cap").ValueKind == JsonValueKind.Number)
                Assert.InRange(limits.GetProperty("daily_exp_gained").GetInt32(), 0, limits.GetProperty("daily_exp_cap").GetInt32());
            var caps = limits.GetProperty("action_limits");
            foreach (var count in limits.GetProperty("daily_action_counts").EnumerateObject())
            {
                if (caps.TryGetProperty(count.Name, out var limit) && limit.ValueKind == JsonValueKind.Number)
                    Assert.InRange(count.Value.GetInt32(), 0, limit.GetInt32());
            }
        }
    }
}
