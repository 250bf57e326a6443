using System.Text.Json;

namespace Gamification.Faults;

/// <summary>The ledger read back through the gateway, compared with what the load was told.</summary>
/// <param name="Lost">Events acknowledged (200) that are not in the ledger.</param>
/// <param name="Duplicated">Idempotency keys in the ledger more than once.</param>
/// <param name="Unacknowledged">Events in the ledger whose final answer was a refusal (a 4xx).</param>
public sealed record LedgerAudit(int Lost, int Duplicated, int Unacknowledged, long Entries)
{
    /// <summary>Reads every user's whole ledger (newest first, page by page) and compares it with <paramref name="calls"/>.</summary>
    public static async Task<LedgerAudit> ReadAsync(IReadOnlyDictionary<string, HttpClient> gateways, IEnumerable<(AwardEvent Event, CallRecord Record)> calls)
    {
        int lost = 0, duplicated = 0, unacknowledged = 0;
        long entries = 0;
        foreach (var user in calls.GroupBy(c => (c.Event.App, c.Event.UserId)))
        {
            var ledger = await KeysAsync(gateways[user.Key.App], user.Key.UserId);
            entries += ledger.Count;
            var inLedger = ledger.ToHashSet();
            duplicated += ledger.Count - inLedger.Count;
            lost += user.Count(c => c.Record.Status == 200 && !inLedger.Contains(c.Event.Key));
            unacknowledged += user.Count(c => c.Record.Status is >= 400 and < 500 && inLedger.Contains(c.Event.Key));
        }
        return new LedgerAudit(lost, duplicated, unacknowledged, entries);
    }

    private static async Task<List<string>> KeysAsync(HttpClient gateway, string userId)
    {
        var keys = new List<string>();
        long? before = null;
        do
        {
            var uri = $"/api/users/{userId}/history?limit=500{(before is null ? "" : $"&before={before}")}";
            var page = JsonDocument.Parse(await PatientReads.SendAsync(() => gateway.GetAsync(new Uri(uri, UriKind.Relative)), uri)).RootElement;
            keys.AddRange(page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("key").GetString()!));
            before = page.TryGetProperty("next_before", out var next) && next.ValueKind == JsonValueKind.Number ? next.GetInt64() : null;
        }
        while (before is not null);
        return keys;
    }
}
