using System.Text.Json;
using Gamification.Contracts.Awards;
using Gamification.Testing;

namespace Gamification.Dashboard.Tests.Api;

/// <summary>
/// The inspector grain reads storage and the grain directory and never activates the grain; each test restarts
/// its own silo, so that nothing is active when it starts.
/// </summary>
public sealed class InspectorTests
{
    [Fact]
    public async Task Inspecting_a_stored_user_shows_state_and_ledger_and_does_not_activate_the_grain()
    {
        var admin = TestApiKey.For("mikoshi");
        await using var silo = await TestSilo.StartAsync(TestStorage.Sqlite, DashboardSilo.Settings(admin, "unused-read-key"));
        await silo.Client.AwardAsync("mikoshi", new AwardCommand("dora", "create_character", "", new EntityTarget("character", "d1")));
        await silo.RestartAsync();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", admin.Key);
        var activationsBefore = await UserActivationsAsync(http);

        var first = await Json.ReadAsync(await http.GetAsync("/dashboard/api/inspect?app=mikoshi&kind=user&id=dora"));
        var second = await Json.ReadAsync(await http.GetAsync("/dashboard/api/inspect?app=mikoshi&kind=user&id=dora"));
        var activationsAfter = await UserActivationsAsync(http);

        Assert.Equal(0, activationsBefore);
        Assert.Equal(0, activationsAfter);
        Assert.False(first.GetProperty("active").GetBoolean());
        Assert.False(second.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("silo").ValueKind);
        Assert.True(first.GetProperty("exists").GetBoolean());
        Assert.Equal(("user-progress", "mikoshi/dora"), (first.GetProperty("grain_type").GetString(), first.GetProperty("grain_key").GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("etag").GetString()));
        Assert.Equal(30, first.GetProperty("state").GetProperty("xp").GetInt64());
        var entry = Assert.Single(first.GetProperty("ledger").EnumerateArray()).GetProperty("entry");
        Assert.Equal(("create_character", 30, 30), (entry.GetProperty("subject").GetString(), entry.GetProperty("requested").GetInt32(), entry.GetProperty("granted").GetInt32()));
    }

    [Fact]
    public async Task The_inspector_reports_a_grain_active_once_something_called_it()
    {
        var admin = TestApiKey.For("mikoshi");
        await using var silo = await TestSilo.StartAsync(TestStorage.Sqlite, DashboardSilo.Settings(admin, "unused-read-key"));
        await silo.Client.AwardAsync("mikoshi", new AwardCommand("erin", "create_character", "", new EntityTarget("character", "e1")));
        await silo.RestartAsync();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", admin.Key);

        var before = await Json.ReadAsync(await http.GetAsync("/dashboard/api/inspect?app=mikoshi&kind=user&id=erin"));
        await silo.Client.GetProfileAsync("mikoshi", "erin");
        var after = await Json.ReadAsync(await http.GetAsync("/dashboard/api/inspect?app=mikoshi&kind=user&id=erin"));

        var cluster = await Json.ReadAsync(await http.GetAsync("/dashboard/api/cluster"));

        Assert.False(before.GetProperty("active").GetBoolean());
        Assert.True(after.GetProperty("active").GetBoolean());
        Assert.Equal(1, await UserActivationsAsync(http));
        // The silo the directory names is the cluster's active one.
        var active = cluster.GetProperty("silos").EnumerateArray().Single(s => s.GetProperty("state").GetString() == "Active");
        Assert.Equal(active.GetProperty("address").GetString(), after.GetProperty("silo").GetString());
    }

    [Fact]
    public async Task Inspecting_a_user_with_no_state_answers_that_it_has_none()
    {
        var admin = TestApiKey.For("mikoshi");
        await using var silo = await TestSilo.StartAsync(TestStorage.Sqlite, DashboardSilo.Settings(admin, "unused-read-key"));
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", admin.Key);

        var nobody = await Json.ReadAsync(await http.GetAsync("/dashboard/api/inspect?app=mikoshi&kind=user&id=nobody"));

        Assert.False(nobody.GetProperty("exists").GetBoolean());
        Assert.False(nobody.GetProperty("active").GetBoolean());
        Assert.Empty(nobody.GetProperty("ledger").EnumerateArray());
        Assert.Equal(0, await UserActivationsAsync(http));
    }

    [Fact]
    public async Task Pages_of_the_ledger_are_read_after_a_sequence_and_inspecting_many_grains_leaves_no_inspectors_behind()
    {
        var admin = TestApiKey.For("mikoshi");
        await using var silo = await TestSilo.StartAsync(TestStorage.Sqlite, DashboardSilo.Settings(admin, "unused-read-key"));
        await silo.Client.AwardAsync("mikoshi", new AwardCommand("gil", "create_character", "", new EntityTarget("character", "g1")));
        for (var fan = 0; fan < 3; fan++)
            await silo.Client.AwardAsync("mikoshi", new AwardCommand($"fan{fan}", "character_liked", "", new EntityTarget("character", "g1")));
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", admin.Key);

        var newest = await Json.ReadAsync(await http.GetAsync("/dashboard/api/inspect?app=mikoshi&kind=user&id=gil&limit=2"));
        var firstPage = await Json.ReadAsync(await http.GetAsync("/dashboard/api/inspect?app=mikoshi&kind=user&id=gil&after=0&limit=1"));
        for (var i = 0; i < 20; i++)
            await http.GetAsync($"/dashboard/api/inspect?app=mikoshi&kind=user&id=someone{i}");
        var inspectors = await Eventually.ValueAsync(() => ActivationsAsync(http, "grain-inspector"), n => n == 0);

        var sequences = newest.GetProperty("ledger").EnumerateArray().Select(r => r.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(2, sequences.Count);
        Assert.True(sequences[0] < sequences[1]);
        Assert.Equal(1, Assert.Single(firstPage.GetProperty("ledger").EnumerateArray()).GetProperty("sequence").GetInt64());
        Assert.Equal(0, inspectors);
    }

    private static Task<long> UserActivationsAsync(HttpClient http) => ActivationsAsync(http, "user-progress");

    private static async Task<long> ActivationsAsync(HttpClient http, string grainType)
    {
        var grains = await Json.ReadAsync(await http.GetAsync("/dashboard/api/grains"));
        return grains.GetProperty("types").EnumerateArray()
            .Where(t => t.GetProperty("grain_type").GetString() == grainType)
            .Sum(t => t.GetProperty("activations").GetInt64());
    }
}
