using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gamification.Testing;

namespace Gamification.Cluster.Process.Tests.Rulesets;

/// <summary>One granted award to a fresh user: the silo whose activation made it, what it granted, and the ruleset version its ledger entry records.</summary>
internal sealed record RulesetProbe(string Silo, int Xp, int Version)
{
    /// <summary>
    /// Awards <paramref name="action"/> to the fresh <paramref name="user"/> through <paramref name="entry"/> (a silo's own
    /// HTTP gateway), reads the ledger entry back and asks where the user's grain is active; null when refused.
    /// </summary>
    public static async Task<RulesetProbe?> AwardAsync(HttpClient entry, SiloLocator locator, string user, string action)
    {
        using var response = await entry.PostAsJsonAsync("/api/exp/gain", new { user_id = user, action, idempotency_key = Guid.NewGuid().ToString("N") });
        if (response.StatusCode != HttpStatusCode.OK)
            return null;
        var granted = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("exp_added").GetInt32();
        var history = await entry.GetFromJsonAsync<JsonElement>($"/api/users/{user}/history");
        var ledger = history.GetProperty("entries").EnumerateArray().ToList();
        Assert.True(ledger.Count == 1, $"the fresh user {user} has {ledger.Count} ledger entries after one award");
        var silo = await locator.SiloOfUserAsync(RulesetCluster.App, user);
        return new RulesetProbe(silo?.Name ?? "nowhere", granted, ledger[0].GetProperty("ruleset_version").GetInt32());
    }

    /// <summary>Probes grouped by silo and by what they granted, e.g. "silo-2: 3 XP at version 2 x 41".</summary>
    public static string Summary(IEnumerable<RulesetProbe> probes) =>
        string.Join("; ", probes.GroupBy(p => p.Silo).OrderBy(g => g.Key).Select(g =>
            $"{g.Key}: {string.Join(", ", g.GroupBy(p => (p.Xp, p.Version)).Select(v => $"{v.Key.Xp} XP at version {v.Key.Version} x {v.Count()}"))}")) is { Length: > 0 } text ? text : "no granted award";

    /// <summary>Replaces <paramref name="action"/> with one worth <paramref name="xp"/> through <paramref name="admin"/>; returns the new ruleset version.</summary>
    public static async Task<int> EditAsync(HttpClient admin, string action, int xp)
    {
        var current = await admin.GetFromJsonAsync<JsonElement>("/admin/rules");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/admin/rules/actions/{action}") { Content = JsonContent.Create(new { xp }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{current.GetProperty("version").GetInt32()}\"");
        using var response = await admin.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"the edit of {action} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    /// <summary>
    /// Awards fresh users through <paramref name="joined"/>'s own gateway until <paramref name="count"/> of the awards
    /// were made by its activations (or <paramref name="attempts"/> are spent), and returns those.
    /// </summary>
    public static async Task<(List<RulesetProbe> OnJoined, List<RulesetProbe> Elsewhere)> OnSiloAsync(
        ClusterProcess joined, SiloLocator locator, string run, string action, int count, int attempts = 200)
    {
        using var entry = joined.CreateClient();
        var onJoined = new List<RulesetProbe>();
        var elsewhere = new List<RulesetProbe>();
        for (var i = 0; i < attempts && onJoined.Count < count; i++)
        {
            var probe = await AwardAsync(entry, locator, $"{run}-{i}", action) ?? throw new Xunit.Sdk.XunitException($"{joined.Name} refused {action}");
            (probe.Silo == joined.Name ? onJoined : elsewhere).Add(probe);
        }
        Assert.True(onJoined.Count == count, $"only {onJoined.Count} of {attempts} awards through {joined.Name}'s own gateway were made on it; elsewhere: {Summary(elsewhere)}");
        return (onJoined, elsewhere);
    }
}
