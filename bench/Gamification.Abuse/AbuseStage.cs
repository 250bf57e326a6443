using System.Net.Http.Json;
using Gamification.Testing;

namespace Gamification.Abuse;

/// <summary>
/// A silo on a fresh PostgreSQL database, set up for the campaign: the mikoshi app with victims who
/// hold a recognisable amount of XP, a read-only key, the storybook app's key and a JWT secret.
/// </summary>
public sealed class AbuseStage : IAsyncDisposable
{
    public const string App = "mikoshi";
    public const string JwtSecret = "abuse-campaign-hs256-secret-of-more-than-32-bytes";
    private const int VictimXp = 7919;

    private AbuseStage(TestSilo silo, AbuseTargets targets)
    {
        Silo = silo;
        Targets = targets;
        Http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public TestSilo Silo { get; }

    public AbuseTargets Targets { get; }

    public HttpClient Http { get; }

    public static async Task<AbuseStage> StartAsync()
    {
        var key = TestApiKey.For(App);
        var other = TestApiKey.For("storybook");
        var readOnly = TestApiKey.For(App);
        // The read-only key keeps only its first scope, read.
        var readScope = readOnly.Settings(2).Where(s => !s.Key.EndsWith(":Scopes:1", StringComparison.Ordinal) && !s.Key.EndsWith(":Scopes:2", StringComparison.Ordinal))
            .Select(s => s.Key.EndsWith(":Scopes:0", StringComparison.Ordinal) ? new KeyValuePair<string, string?>(s.Key, "read") : s);
        var settings = new Dictionary<string, string?>(key.Settings(0).Concat(other.Settings(1)).Concat(readScope))
        {
            ["Gateway:Jwt:Secret"] = JwtSecret,
        };
        var silo = await TestSilo.StartAsync(TestStorage.Postgres, settings);
        var victims = Enumerable.Range(1, 5).Select(i => $"victim-{i}").ToList();
        var targets = new AbuseTargets(App, Credential.ApiKey("app-key", key.Key), Credential.ApiKey("read-only-key", readOnly.Key),
            Credential.ApiKey("other-app-key", other.Key), JwtSecret, victims, "abuse-module", VictimXp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stage = new AbuseStage(silo, targets);
        await stage.SeedVictimsAsync();
        await StoreFingerprint.SettledAsync(silo.ConnectionString, TimeSpan.FromSeconds(60));
        return stage;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Silo.DisposeAsync();
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
