using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace Gamification.Cluster.Process.Tests.Rulesets;

/// <summary>
/// Issue 7: a ruleset edit made through one silo reaches every silo of a 3-silo cluster, and the awards each silo
/// makes afterwards apply the new rule and record the new version in their ledger entries.
/// </summary>
public sealed class RulesetEditAcrossThreeSilos(LeaseCluster cluster, ITestOutputHelper output) : IClassFixture<LeaseCluster>
{
    private const string App = "degentalk";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Enough fresh users per silo to probe every <see cref="ProbeInterval"/> for the whole <see cref="Patience"/>, twice.</summary>
    private static readonly int UsersPerSilo = (int)(2 * Patience / ProbeInterval) + 20;

    [Fact]
    public async Task An_edit_through_one_silo_reaches_all_three_and_later_awards_on_each_apply_it_and_carry_its_version()
    {
        var map = await cluster.StableMapAsync(Patience);
        var action = $"r3_{Guid.NewGuid():N}"[..16];
        var users = UsersBySilo.Pick(map, App, $"r3{Guid.NewGuid():N}"[..10], each: UsersPerSilo);
        using var editor = cluster.Silos[0].CreateClient();
        using var gateway = cluster.Gateway.CreateClient();
        var seen = new List<Probe>();

        var created = await EditAsync(editor, action, xp: 3);
        foreach (var silo in cluster.SiloEndpoints)
            seen.AddRange(await AwardUntilAsync(gateway, users[silo], action, created, xp: 3, silo));
        var edited = await EditAsync(editor, action, xp: 7);
        foreach (var silo in cluster.SiloEndpoints)
            seen.AddRange(await AwardUntilAsync(gateway, users[silo], action, edited, xp: 7, silo));

        Assert.Equal(created + 1, edited);
        // Whatever a silo was still serving while the edit travelled, the version recorded always names the rule applied.
        Assert.All(seen, p => Assert.True(p.Xp == 3 ? p.Version == created : p.Version == edited, $"{p.Xp} XP recorded with version {p.Version}"));
        foreach (var silo in cluster.SiloEndpoints)
        {
            var last = seen.Where(p => p.Silo == silo).TakeLast(3).ToList();
            Assert.Equal(3, last.Count);
            Assert.All(last, p => Assert.Equal((7, edited), (p.Xp, p.Version)));
        }
    }

    [Fact]
    public async Task A_silo_that_joins_after_an_edit_applies_the_edited_ruleset_from_its_first_award()
    {
        await cluster.StableMapAsync(Patience);
        var action = $"j3_{Guid.NewGuid():N}"[..16];
        using var editor = cluster.Silos[1].CreateClient();
        using var gateway = cluster.Gateway.CreateClient();
        await EditAsync(editor, action, xp: 3);
        var edited = await EditAsync(editor, action, xp: 9);

        var (joined, endpoint) = await cluster.JoinAsync();
        await using (joined)
        {
            var map = await cluster.StableMapAsync(Patience, [.. cluster.SiloEndpoints, endpoint]);
            var users = UsersBySilo.Pick(map, App, $"j3{Guid.NewGuid():N}"[..10], each: 5)[endpoint];
            var first = new List<Probe?>();
            while (users.Count > 0)
                first.Add(await AwardAsync(gateway, users.Dequeue(), action, endpoint));

            // No waiting here: a silo must not take partitions while it still serves the preset the edit replaced.
            Assert.All(first, p => Assert.Equal((9, edited), (p?.Xp, p?.Version)));
        }
        await cluster.StableMapAsync(Patience);
    }

    /// <summary>Replaces the action with one worth <paramref name="xp"/>; returns the new ruleset version.</summary>
    private static async Task<int> EditAsync(HttpClient http, string action, int xp)
    {
        var current = await http.GetFromJsonAsync<JsonElement>("/admin/rules");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/admin/rules/actions/{action}") { Content = JsonContent.Create(new { xp }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{current.GetProperty("version").GetInt32()}\"");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    /// <summary>
    /// Awards fresh users of <paramref name="silo"/> until one is granted at <paramref name="version"/>, then three
    /// more, which must all be granted; returns every granted award seen on the way.
    /// </summary>
    private async Task<List<Probe>> AwardUntilAsync(HttpClient gateway, Queue<string> users, string action, int version, int xp, Uri silo)
    {
        var probes = new List<Probe>();
        var refused = 0;
        var clock = Stopwatch.StartNew();
        while (!probes.Any(p => p.Version == version))
        {
            // Time is the patience, not the supply of users: probes are paced so that the supply outlasts it.
            if (clock.Elapsed >= Patience)
                throw new Xunit.Sdk.XunitException($"{silo} did not apply version {version} ({xp} XP for {action}) within {Patience}; saw {Summary(probes)} and {refused} refusals\n{cluster.Describe(App)}");
            if (users.Count <= 3)
                throw new InvalidOperationException($"The test ran out of users for {silo} after {clock.Elapsed}: pick more per silo than {Patience} / {ProbeInterval} probes");
            if (await AwardAsync(gateway, users.Dequeue(), action, silo) is { } probe)
                probes.Add(probe);
            else
                refused++;
            if (!probes.Any(p => p.Version == version))
                await Task.Delay(ProbeInterval);
        }
        output.WriteLine($"{silo} applied version {version} after {clock.Elapsed.TotalSeconds:0.0} s, {refused} awards refused and {probes.Count - 1} granted under an older version first");
        for (var i = 0; i < 3; i++)
            probes.Add(await AwardAsync(gateway, users.Dequeue(), action, silo) ?? throw new Xunit.Sdk.XunitException($"{silo} refused an award after applying version {version}"));
        return probes;
    }

    /// <summary>One award to a fresh user: what it granted and the version its ledger entry records; null when refused.</summary>
    private static async Task<Probe?> AwardAsync(HttpClient gateway, string user, string action, Uri silo)
    {
        using var response = await gateway.PostAsJsonAsync("/api/exp/gain", new { user_id = user, action, idempotency_key = Guid.NewGuid().ToString("N") });
        if (response.StatusCode != HttpStatusCode.OK)
            return null;
        var granted = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("exp_added").GetInt32();
        var history = await gateway.GetFromJsonAsync<JsonElement>($"/api/users/{user}/history");
        var entry = Assert.Single(history.GetProperty("entries").EnumerateArray());
        return new Probe(silo, granted, entry.GetProperty("ruleset_version").GetInt32());
    }

    /// <summary>Probes grouped by what they granted, e.g. "3 XP at version 2 x 41".</summary>
    private static string Summary(List<Probe> probes) =>
        probes.Count == 0 ? "no granted award" : string.Join(", ", probes.GroupBy(p => (p.Xp, p.Version)).Select(g => $"{g.Key.Xp} XP at version {g.Key.Version} x {g.Count()}"));

    private sealed record Probe(Uri Silo, int Xp, int Version);
}
