using System.Net.Http.Json;
using System.Text.Json;

namespace Gamification.Faults;

/// <summary>The invariant checker (<c>POST /admin/check</c>) over every user of one app: broken invariants, as text.</summary>
public static class InvariantAudit
{
    public static async Task<IReadOnlyList<string>> CheckAsync(HttpClient gateway, string app)
    {
        var violations = new List<string>();
        string? after = null;
        do
        {
            var from = after;
            var body = await PatientReads.SendAsync(() => gateway.PostAsJsonAsync("/admin/check", new { after = from, limit = 100 }), $"POST /admin/check for {app}");
            var page = JsonDocument.Parse(body).RootElement;
            violations.AddRange(page.GetProperty("violations").EnumerateArray().Select(v => $"{app}: {v}"));
            after = page.TryGetProperty("next_after", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (after is not null);
        return violations;
    }
}
