using System.Net;
using Gamification.Gateway.Tests.Fixtures;
using Gamification.Testing;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Tests.Configuration;

/// <summary>How the embedded silo's gateway starts: with bad settings not at all, with no keys on keys of its own.</summary>
public sealed class GatewayStartTests
{
    [Fact]
    public async Task A_bad_key_hash_stops_the_start_naming_the_setting()
    {
        using var folder = new TempFolder();
        var settings = GatewayHost.Settings(folder.Path);
        settings["Gateway:ApiKeys:0:App"] = "mikoshi";
        settings["Gateway:ApiKeys:0:Name"] = "backend";
        settings["Gateway:ApiKeys:0:Sha256"] = "not-a-hash";
        settings["Gateway:ApiKeys:0:Scopes:0"] = "award";
        await using var app = GatewayHost.Build(settings, new FakeTimeProvider(GatewayFixture.Start));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Gateway:ApiKeys:0:Sha256 must be 64 hex characters", failure.Failures);
    }

    [Fact]
    public async Task A_midnight_catch_up_after_the_next_midday_stops_the_start_naming_the_setting()
    {
        using var folder = new TempFolder();
        var settings = GatewayHost.Settings(folder.Path);
        settings["MidnightCatchUp:After"] = "13:00:00";
        await using var app = GatewayHost.Build(settings, new FakeTimeProvider(GatewayFixture.Start));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(failure.Failures, f => f.StartsWith("MidnightCatchUp:After must be between", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_midnight_reset_spread_longer_than_six_hours_stops_the_start_naming_the_setting()
    {
        using var folder = new TempFolder();
        var settings = GatewayHost.Settings(folder.Path);
        settings["MidnightReset:Spread"] = "07:00:00";
        await using var app = GatewayHost.Build(settings, new FakeTimeProvider(GatewayFixture.Start));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(failure.Failures, f => f.StartsWith("MidnightReset:Spread must be between", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_configured_keys_the_embedded_default_generates_working_keys_per_app()
    {
        using var folder = new TempFolder();
        await using var app = GatewayHost.Build(GatewayHost.Settings(folder.Path), new FakeTimeProvider(GatewayFixture.Start));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var api = new GatewayApi(http);

        var lines = await File.ReadAllLinesAsync(folder.File("credentials.txt"));
        var academyKey = lines.Select(l => l.Split('\t')).Single(l => l[0] == "academy")[2];
        var levels = await api.Get("/api/levels", Credential.RawKey(academyKey));
        var badges = await api.Get("/admin/badges", Credential.RawKey(academyKey));
        await app.StopAsync();

        Assert.Equal(TestKeys.Apps.Order(), lines.Select(l => l.Split('\t')[0]).Order());
        Assert.Equal(HttpStatusCode.OK, levels.Status);
        Assert.Equal(20, levels.Json.AsObject().Count);
        Assert.Equal(HttpStatusCode.OK, badges.Status);
        Assert.True(File.Exists(folder.File("gateway-keys.json")));
    }
}
