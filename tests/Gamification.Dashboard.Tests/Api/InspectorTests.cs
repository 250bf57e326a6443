using Gamification.Contracts.Awards;
using Gamification.Testing;

namespace Gamification.Dashboard.Tests.Api;

/// <summary>The inspector reads storage on the grain's silo and never activates the grain; each test restarts its own silo.</summary>
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
        Assert.True(first.GetProperty("exists").GetBoolean());
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

        Assert.False(before.GetProperty("active").GetBoolean());
        Assert.True(after.GetProperty("active").GetBoolean());
        Assert.Equal(1, await UserActivationsAsync(http));
        Assert.Equal(before.GetProperty("silo").GetString(), after.GetProperty("silo").GetString());
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
    }

    private static async Task<long> UserActivationsAsync(HttpClient http)
    {
        var grains = await Json.ReadAsync(await http.GetAsync("/dashboard/api/grains"));
        return grains.GetProperty("types").EnumerateArray()
            .Where(t => t.GetProperty("grain_type").GetString() == "user-progress")
            .Sum(t => t.GetProperty("activations").GetInt64());
    }
}
