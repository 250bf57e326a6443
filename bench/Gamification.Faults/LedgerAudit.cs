using System.Text.Json;

namespace Gamification.Faults;

/// <summary>The ledger read back through the gateway, compared with what the load was told.</summary>
/// <param name="Lost">Events acknowledged (200) that are not in the ledger.</param>
/// <param name="Duplicated">Idempotency keys in the ledger more than once.</param>
/// <param name="Unacknowledged">Events in the ledger whose final answer was a refusal (a 4xx).</param>
/// <param name="RulesServed">Per app and action, the amounts granted uncut: more than one means two rulesets were served.</param>
public sealed record LedgerAudit(int Lost, int Duplicated, int Unacknowledged, long Entries, IReadOnlyDictionary<string, IReadOnlySet<int>> RulesServed)
{
    /// <summary>Reads every user's whole ledger (newest first, page by page) and compares it with <paramref name="calls"/>.</summary>
    public static async Task<LedgerAudit> ReadAsync(IReadOnlyDictionary<string, HttpClient> gateways, IEnumerable<(AwardEvent Event, CallRecord Record)> calls)
    {
        int lost = 0, duplicated = 0, unacknowledged = 0;
        long entries = 0;
        var served = new Dictionary<string, HashSet<int>>();
        foreach (var user in calls.GroupBy(c => (c.Event.App, c.Event.UserId)))
        {
            var ledger = await KeysAsync(gateways[user.Key.App], user.Key.UserId);
            entries += ledger.Count;
            foreach (var (_, subject, granted, _) in ledger.Where(l => l.Uncut))
                (served.TryGetValue($"{user.Key.App}/{subject}", out var amounts) ? amounts : served[$"{user.Key.App}/{subject}"] = []).Add(granted);
            var inLedger = ledger.Select(l => l.Key).ToHashSet();
            duplicated += ledger.Count - inLedger.Count;
            lost += user.Count(c => c.Record.Status == 200 && !inLedger.Contains(c.Event.Key));
            unacknowledged += user.Count(c => c.Record.Status is >= 400 and < 500 && inLedger.Contains(c.Event.Key));
        }
        return new LedgerAudit(lost, duplicated, unacknowledged, entries, served.ToDictionary(s => s.Key, s => (IReadOnlySet<int>)s.Value));
    }

    private static async Task<List<(string Key, string Subject, int Granted, bool Uncut)>> KeysAsync(HttpClient gateway, string userId)
    {
        var keys = new List<(string, string, int, bool)>();
        long? before = null;
        do
        {
            var uri = $"/api/users/{userId}/history?limit=500{(before is null ? "" : $"&before={before}")}";
            var page = JsonDocument.Parse(await PatientReads.SendAsync(() => gateway.GetAsync(new Uri(uri, UriKind.Relative)), uri)).RootElement;
            keys.AddRange(page.GetProperty("entries").EnumerateArray().Select(e => (
                e.GetProperty("key").GetString()!, e.GetProperty("subject").GetString()!, e.GetProperty("granted").GetInt32(),
                e.GetProperty("kind").GetString() == "action" && (!e.TryGetProperty("cut_by", out var cut) || cut.ValueKind == JsonValueKind.Null))));
            before = page.TryGetProperty("next_before", out var next) && next.ValueKind == JsonValueKind.Number ? next.GetInt64() : null;
        }
        while (before is not null);
        return keys;
    }
}
