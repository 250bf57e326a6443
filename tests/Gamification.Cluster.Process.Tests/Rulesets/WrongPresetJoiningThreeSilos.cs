using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gamification.Cluster.Process.Tests.Rulesets;

/// <summary>
/// Issue 8: a silo started with a preset file that differs from the cluster's but carries the same version must not
/// serve it: the first silo's preset is stored as the cluster's ruleset, and a silo joining later applies the stored one.
/// </summary>
public sealed class WrongPresetJoiningThreeSilos(LeaseCluster cluster) : IClassFixture<LeaseCluster>
{
    private const string App = "degentalk";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_silo_joining_with_a_same_version_but_different_preset_applies_the_stored_ruleset_to_its_awards()
    {
        await cluster.StableMapAsync(Patience);
        using var gateway = cluster.Gateway.CreateClient();
        var adopted = await AdoptedAsync(cluster.Silos[0].CreateClient());
        var wrong = await WrongPresetAsync();

        var (joined, endpoint) = await cluster.JoinAsync(new Dictionary<string, string?> { [$"Apps:{App}:Ruleset"] = wrong });
        await using (joined)
        {
            var map = await cluster.StableMapAsync(Patience, [.. cluster.SiloEndpoints, endpoint]);
            var users = UsersBySilo.Pick(map, App, $"wp{Guid.NewGuid():N}"[..10], each: 5)[endpoint];
            var awards = new List<(int? Xp, int? Version)>();
            while (users.Count > 0)
                awards.Add(await AwardAsync(gateway, users.Dequeue()));

            Assert.Equal(1, adopted.Version);
            Assert.Equal("preset adopted", adopted.Change);
            // No waiting here either: the joining silo installs the stored ruleset in its start-up poll, before it serves.
            Assert.All(awards, a => Assert.Equal((50, adopted.Version), a));
        }
        await cluster.StableMapAsync(Patience);
    }

    /// <summary>Waits until a silo has stored its preset as the app's first ruleset version, and returns that version.</summary>
    private static async Task<(int Version, string Change)> AdoptedAsync(HttpClient admin)
    {
        using (admin)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < Patience)
            {
                var page = await admin.GetFromJsonAsync<JsonElement>("/admin/rules/versions");
                if (page.GetProperty("versions").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first)
                    return (first.GetProperty("version").GetInt32(), first.GetProperty("change").GetString()!);
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"No silo stored its {App} preset within {Patience}");
    }

    /// <summary>The shipped preset with profile_completed worth 77 XP instead of 50, at the same version.</summary>
    private static async Task<string> WrongPresetAsync()
    {
        var preset = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "rulesets", $"{App}.json"));
        var changed = preset.Replace("\"profile_completed\": { \"xp\": 50,", "\"profile_completed\": { \"xp\": 77,", StringComparison.Ordinal);
        Assert.NotEqual(preset, changed);
        var file = Path.Combine(Directory.CreateTempSubdirectory("wrong-preset-").FullName, $"{App}.json");
        await File.WriteAllTextAsync(file, changed);
        return file;
    }

    /// <summary>Completes the profile of a fresh user: what it granted and the ruleset version its ledger entry records.</summary>
    private static async Task<(int? Xp, int? Version)> AwardAsync(HttpClient gateway, string user)
    {
        using var response = await gateway.PostAsJsonAsync("/api/exp/gain", new { user_id = user, action = "profile_completed", idempotency_key = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var granted = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("exp_added").GetInt32();
        var history = await gateway.GetFromJsonAsync<JsonElement>($"/api/users/{user}/history");
        var entry = Assert.Single(history.GetProperty("entries").EnumerateArray());
        return (granted, entry.GetProperty("ruleset_version").GetInt32());
    }
}
