using System.Net.Http.Json;
using Gamification.Testing;

namespace Gamification.Abuse;

/// <summary>
/// A silo on a fresh PostgreSQL database, or a 3-silo cluster with its gateway process, set up for the campaign: the
/// mikoshi app with victims who hold a recognisable amount of XP, a read-only key, the storybook app's key and a JWT secret.
/// </summary>
public sealed class AbuseStage : IAsyncDisposable
{
    public const string App = "mikoshi";
    public const string JwtSecret = "abuse-campaign-hs256-secret-of-more-than-32-bytes";
    private const int VictimXp = 7919;

    private readonly IAsyncDisposable service;

    private AbuseStage(IAsyncDisposable service, Uri gateway, string connectionString, TimeProvider clock, AbuseTargets targets)
    {
        this.service = service;
        ConnectionString = connectionString;
        Clock = clock;
        Targets = targets;
        Http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The database every silo of the stage stores in.</summary>
    public string ConnectionString { get; }

    /// <summary>The clock the service runs on: tokens the campaign signs are valid, or expired, by it.</summary>
    public TimeProvider Clock { get; }

    public AbuseTargets Targets { get; }

    public HttpClient Http { get; }

    /// <param name="cluster">Start 3 silo processes and a gateway process (the cluster's own HTTP front) instead of one in-process silo.</param>
    public static async Task<AbuseStage> StartAsync(bool cluster = false)
    {
        var key = TestApiKey.For(App);
        var other = TestApiKey.For("storybook");
        var readOnly = TestApiKey.For(App);
        // The read-only key keeps only its first scope, read.
        var readScope = readOnly.Settings(2).Where(s => !s.Key.EndsWith(":Scopes:1", StringComparison.Ordinal) && !s.Key.EndsWith(":Scopes:2", StringComparison.Ordinal))
            .Select(s => s.Key.EndsWith(":Scopes:0", StringComparison.Ordinal) ? new KeyValuePair<string, string?>(s.Key, "read") : s);
        var settings = new Dictionary<string, string?>(other.Settings(1).Concat(readScope))
        {
            ["Gateway:Jwt:Secret"] = JwtSecret,
        };
        var victims = Enumerable.Range(1, 5).Select(i => $"victim-{i}").ToList();
        var targets = new AbuseTargets(App, Credential.ApiKey("app-key", key.Key), Credential.ApiKey("read-only-key", readOnly.Key),
            Credential.ApiKey("other-app-key", other.Key), JwtSecret, victims, "abuse-module", VictimXp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stage = cluster ? await OnClusterAsync(key, settings, targets) : await OnSiloAsync(key, settings, targets);
        await stage.SeedVictimsAsync();
        await StoreFingerprint.SettledAsync(stage.ConnectionString, TimeSpan.FromSeconds(60));
        return stage;
    }

    private static async Task<AbuseStage> OnSiloAsync(TestApiKey key, Dictionary<string, string?> settings, AbuseTargets targets)
    {
        foreach (var (name, value) in key.Settings(0))
            settings[name] = value;
        var silo = await TestSilo.StartAsync(TestStorage.Postgres, settings);
        return new AbuseStage(silo, silo.BaseAddress, silo.ConnectionString, silo.Clock, targets);
    }

    private static async Task<AbuseStage> OnClusterAsync(TestApiKey key, Dictionary<string, string?> settings, AbuseTargets targets)
    {
        var cluster = await TestCluster.StartAsync(3, key, settings);
        return new AbuseStage(cluster, cluster.Gateway.Gateway, cluster.ConnectionString, TimeProvider.System, targets);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await service.DisposeAsync();
    }

    private async Task SeedVictimsAsync()
    {
        foreach (var victim in Targets.Victims)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/users/{victim}/xp")
            {
                Content = JsonContent.Create(new { delta = VictimXp, reason = "abuse campaign victim", idempotency_key = $"seed-{victim}" }),
            };
            Targets.AppKey.ApplyTo(request);
            using var answer = await Http.SendAsync(request);
            answer.EnsureSuccessStatusCode();
        }
    }
}
