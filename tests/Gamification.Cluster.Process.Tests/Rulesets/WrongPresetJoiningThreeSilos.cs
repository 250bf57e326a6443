using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace Gamification.Cluster.Process.Tests.Rulesets;

/// <summary>
/// Issue 8: a silo started with a preset file that differs from the cluster's but carries the same version must not
/// serve it: the first silo's preset is stored as the cluster's ruleset, and a silo joining later applies the stored one.
/// </summary>
public sealed class WrongPresetJoiningThreeSilos(RulesetCluster fixture, ITestOutputHelper output) : IClassFixture<RulesetCluster>
{
    [Fact]
    public async Task A_silo_joining_with_a_same_version_but_different_preset_applies_the_stored_ruleset_to_its_awards()
    {
        await fixture.Cluster.WaitForActiveSilosAsync(RulesetCluster.Patience);
        var adopted = await AdoptedAsync(fixture.Cluster.Silos[0].CreateClient());
        var wrong = await WrongPresetAsync();

        var joined = await fixture.JoinAsync(new Dictionary<string, string?> { [$"Apps:{RulesetCluster.App}:Ruleset"] = wrong });
        try
        {
            // No waiting here either: the joining silo installs the stored ruleset in its start-up poll, before it serves.
            var (awards, elsewhere) = await RulesetProbe.OnSiloAsync(joined, fixture.Locator, $"wp{Guid.NewGuid():N}"[..10], "profile_completed", count: 5);

            output.WriteLine($"{joined.Name}'s first awards: {RulesetProbe.Summary(awards)}; made elsewhere meanwhile: {RulesetProbe.Summary(elsewhere)}");
            Assert.Equal(1, adopted.Version);
            Assert.Equal("preset adopted", adopted.Change);
            Assert.All(awards.Concat(elsewhere), a => Assert.Equal((50, adopted.Version), (a.Xp, a.Version)));
        }
        catch
        {
            output.WriteLine(fixture.Describe());
            throw;
        }
        finally
        {
            await fixture.LeaveAsync(joined);
        }
    }

    /// <summary>Waits until a silo has stored its preset as the app's first ruleset version, and returns that version.</summary>
    private static async Task<(int Version, string Change)> AdoptedAsync(HttpClient admin)
    {
        using (admin)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < RulesetCluster.Patience)
            {
                var page = await admin.GetFromJsonAsync<JsonElement>("/admin/rules/versions");
                if (page.GetProperty("versions").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first)
                    return (first.GetProperty("version").GetInt32(), first.GetProperty("change").GetString()!);
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"No silo stored its {RulesetCluster.App} preset within {RulesetCluster.Patience}");
    }

    /// <summary>The shipped preset with profile_completed worth 77 XP instead of 50, at the same version.</summary>
    private static async Task<string> WrongPresetAsync()
    {
        var preset = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "rulesets", $"{RulesetCluster.App}.json"));
        var changed = preset.Replace("\"profile_completed\": { \"xp\": 50,", "\"profile_completed\": { \"xp\": 77,", StringComparison.Ordinal);
        Assert.NotEqual(preset, changed);
        var file = Path.Combine(Directory.CreateTempSubdirectory("wrong-preset-").FullName, $"{RulesetCluster.App}.json");
        await File.WriteAllTextAsync(file, changed);
        return file;
    }
}
