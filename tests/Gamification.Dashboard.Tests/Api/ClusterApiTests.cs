using System.Net;
using System.Text.Json;

namespace Gamification.Dashboard.Tests.Api;

/// <summary>
/// The views' JSON over a silo that served a few awards, all from the cluster (the management grain and the
/// silos' own windows, merged); <c>/cluster</c> is a contract the CLI's <c>top</c> reads.
/// </summary>
public sealed class ClusterApiTests(DashboardSilo silo) : IClassFixture<DashboardSilo>
{
    [Fact]
    public async Task Cluster_lists_the_silo_and_the_calls_of_the_last_ten_minutes_in_the_agreed_shape()
    {
        using var http = silo.Http(silo.AdminKey.Key);

        var cluster = await Json.ReadAsync(await http.GetAsync("/dashboard/api/cluster"));

        var only = Assert.Single(cluster.GetProperty("silos").EnumerateArray());
        Assert.Equal("Active", only.GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(only.GetProperty("address").GetString()));
        Assert.False(string.IsNullOrEmpty(only.GetProperty("name").GetString()));
        Assert.True(only.GetProperty("local").GetBoolean());
        Assert.False(only.TryGetProperty("partitions", out _));
        Assert.True(only.GetProperty("activations").GetInt32() > 0);
        Assert.True(only.GetProperty("memory_bytes").GetInt64() > 0);
        Assert.True(only.GetProperty("heartbeat_age_seconds").GetDouble() >= 0);
        Assert.True(only.GetProperty("cpu_percent").GetDouble() >= 0);
        Assert.True(DateTimeOffset.TryParse(only.GetProperty("started_at").GetString(), out _));
        Assert.Equal(1, cluster.GetProperty("silos_reporting").GetInt32());
        var calls = cluster.GetProperty("calls");
        Assert.True(calls.GetProperty("per_second").GetDouble() > 0);
        Assert.True(calls.GetProperty("p99_ms").GetDouble() >= calls.GetProperty("p50_ms").GetDouble());
        Assert.Equal(0, calls.GetProperty("errors_per_second").GetDouble());
        var series = cluster.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(600, series.Count);
        Assert.Contains(series, p => p.GetProperty("calls_per_second").GetDouble() > 0 && p.GetProperty("p99_ms").GetDouble() > 0);
        Assert.True(DateTimeOffset.TryParse(series[^1].GetProperty("at").GetString(), out _));
    }

    [Fact]
    public async Task Grain_types_show_activations_calls_and_latency_per_method()
    {
        using var http = silo.Http(silo.AdminKey.Key);

        var grains = await Json.ReadAsync(await http.GetAsync("/dashboard/api/grains"));

        var users = grains.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("grain_type").GetString() == "user-progress");
        Assert.True(users.GetProperty("activations").GetInt64() >= 2);
        var award = users.GetProperty("methods").EnumerateArray().Single(m => m.GetProperty("method").GetString()!.EndsWith(".Award", StringComparison.Ordinal));
        Assert.True(award.GetProperty("calls").GetInt64() >= 2);
        Assert.True(award.GetProperty("p99_ms").GetDouble() > 0);
    }

    [Fact]
    public async Task Activations_made_while_the_silo_starts_are_counted()
    {
        using var http = silo.Http(silo.AdminKey.Key);

        var grains = await Json.ReadAsync(await http.GetAsync("/dashboard/api/grains"));

        // The ruleset warm-up activates one ruleset grain per app (four presets) before the gateway serves.
        var rulesets = grains.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("grain_type").GetString() == "ruleset");
        Assert.Equal(4, rulesets.GetProperty("activations").GetInt64());
    }

    [Fact]
    public async Task Storage_shows_the_group_commits_that_wrote_the_awards()
    {
        using var http = silo.Http(silo.AdminKey.Key);

        var storage = await Json.ReadAsync(await http.GetAsync("/dashboard/api/storage"));

        Assert.True(storage.GetProperty("batches_per_second").GetDouble() > 0);
        Assert.True(storage.GetProperty("mean_batch_size").GetDouble() >= 1);
        Assert.True(storage.GetProperty("commit_p99_ms").GetDouble() > 0);
        Assert.Contains(storage.GetProperty("series").EnumerateArray(), p => p.GetProperty("batches").GetInt64() > 0);
        Assert.Equal(0, storage.GetProperty("write_failures").GetInt64());
        Assert.True(storage.GetProperty("reads_per_second").GetDouble() > 0);
    }

    [Fact]
    public async Task Grain_types_are_named_by_their_orleans_grain_type_and_leave_the_dashboards_own_calls_out()
    {
        using var http = silo.Http(silo.AdminKey.Key);
        await http.GetAsync("/dashboard/api/cluster");
        await http.GetAsync("/dashboard/api/inspect?app=mikoshi&kind=user&id=alice");

        var grains = await Json.ReadAsync(await http.GetAsync("/dashboard/api/grains"));

        var types = grains.GetProperty("types").EnumerateArray().ToList();
        Assert.DoesNotContain(types, t => t.GetProperty("grain_type").GetString()!.Contains("Gamification.Grains", StringComparison.Ordinal));
        Assert.DoesNotContain(types, t => t.GetProperty("grain_type").GetString() is "grain-inspector" or "cluster-metrics" && t.GetProperty("calls").GetInt64() > 0);
        Assert.Equal(600, grains.GetProperty("window_seconds").GetInt32());
    }

    [Fact]
    public async Task Ruleset_shows_the_apps_preset_with_its_level_curve()
    {
        using var http = silo.Http(silo.AdminKey.Key);

        var ruleset = await Json.ReadAsync(await http.GetAsync("/dashboard/api/ruleset?app=mikoshi"));

        Assert.Equal("mikoshi", ruleset.GetProperty("app").GetString());
        Assert.Equal(6, ruleset.GetProperty("levels").GetArrayLength());
        Assert.Contains(ruleset.GetProperty("actions").EnumerateArray(), a => a.GetProperty("name").GetString() == "create_character" && a.GetProperty("exp").GetInt32() == 30);
    }

    [Theory]
    [InlineData("/dashboard/api/inspect?kind=robot&id=alice", "kind")]
    [InlineData("/dashboard/api/inspect?kind=user&id=a%2Fb", "id")]
    [InlineData("/dashboard/api/inspect?kind=user", "id")]
    [InlineData("/dashboard/api/inspect?kind=user&id=alice&limit=0", "limit")]
    [InlineData("/dashboard/api/inspect?kind=user&id=alice&after=-1", "after")]
    [InlineData("/dashboard/api/reminders?limit=501", "limit")]
    public async Task Bad_input_is_a_400_naming_the_field(string endpoint, string field)
    {
        using var http = silo.Http(silo.AdminKey.Key);

        using var response = await http.GetAsync(endpoint);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_app_that_is_not_configured_is_a_404_naming_the_app()
    {
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        using var login = await http.PostAsync("/dashboard/login", JsonContent($$"""{"name":"{{DashboardSilo.UserName}}","password":"{{DashboardSilo.Password}}"}"""));
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/api/inspect?app=nowhere&kind=user&id=alice");
        request.Headers.Add("Cookie", cookie);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("errors").TryGetProperty("app", out _));
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
