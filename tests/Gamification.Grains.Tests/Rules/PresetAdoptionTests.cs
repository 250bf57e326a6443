using System.Text.Json.Nodes;
using Gamification.Client;
using Gamification.Contracts.Grains;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Grains.Tests.Rules;

/// <summary>
/// Issue 8: a started silo stores its preset as the app's ruleset when none is stored, at the preset's own version;
/// after that only a preset of a higher version replaces the stored one.
/// </summary>
public sealed class PresetAdoptionTests : IAsyncLifetime
{
    private const string App = "degentalk";

    private TestSilo silo = null!;

    public async Task InitializeAsync() => silo = await TestSilo.StartAsync(TestStorage.Postgres);

    public async Task DisposeAsync() => await silo.DisposeAsync();

    [Fact]
    public async Task The_preset_is_stored_once_at_its_own_version_and_only_a_higher_version_preset_replaces_it()
    {
        var rules = silo.Services.GetRequiredService<IRulesAdminClient>();
        var grain = silo.Grains.GetGrain<IRulesetGrain>(App);
        var preset = JsonNode.Parse((await silo.Client.GetRulesetAsync(App)).Document)!;
        var version = preset["version"]!.GetValue<int>();

        var stored = await Eventually.HoldsAsync(async () => (await rules.GetRulesetHistoryAsync(App)).Versions.Count > 0);
        var sameVersionOther = Changed(preset, version, xp: 77);
        var refused = await grain.Adopt(sameVersionOther);
        var afterRefused = await silo.Client.GetRulesetAsync(App);
        var adopted = await grain.Adopt(Changed(preset, version + 1, xp: 78));
        var history = await rules.GetRulesetHistoryAsync(App);

        Assert.True(stored, "the started silo never stored its preset");
        Assert.False(refused);
        Assert.Equal(version, afterRefused.Version);
        Assert.Equal(50, afterRefused.Actions.Single(a => a.Name == "profile_completed").Exp);
        Assert.True(adopted);
        Assert.Equal(
            [(version, "preset adopted"), (version + 1, "preset adopted")],
            history.Versions.Select(v => (v.Version, v.Change)));
        Assert.Equal(78, (await silo.Client.GetRulesetAsync(App)).Actions.Single(a => a.Name == "profile_completed").Exp);
    }

    private static string Changed(JsonNode preset, int version, int xp)
    {
        var document = preset.DeepClone();
        document["version"] = version;
        document["actions"]!["profile_completed"]!["xp"] = xp;
        return document.ToJsonString();
    }
}
