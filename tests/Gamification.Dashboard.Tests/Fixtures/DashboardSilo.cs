using System.Net.Http.Headers;
using Gamification.Contracts.Awards;
using Gamification.Testing;

namespace Gamification.Dashboard.Tests;

/// <summary>
/// One embedded silo (SQLite, fake clock) per test class with an admin key for mikoshi, a read-only key,
/// a dashboard user, and a few awarded users: alice created a character that bob liked.
/// </summary>
public sealed class DashboardSilo : IAsyncLifetime
{
    public const string UserName = "ops";

    public const string Password = "correct horse battery staple";

    public static readonly string PasswordSha256 = new TestApiKey("", Password).Sha256;

    public TestApiKey AdminKey { get; } = TestApiKey.For("mikoshi");

    public string ReadOnlyKey { get; } = $"read-only-{Guid.NewGuid():N}";

    public TestSilo Silo { get; private set; } = null!;

    public Uri BaseAddress => Silo.BaseAddress;

    public async Task InitializeAsync()
    {
        Silo = await TestSilo.StartAsync(TestStorage.Sqlite, Settings(AdminKey, ReadOnlyKey));
        await Silo.Client.AwardAsync("mikoshi", new AwardCommand("alice", "create_character", "", new EntityTarget("character", "c1")));
        await Silo.Client.AwardAsync("mikoshi", new AwardCommand("bob", "character_liked", "", new EntityTarget("character", "c1")));
        await Silo.Client.AwardAsync("mikoshi", new AwardCommand("carol", "create_scene", "", new EntityTarget("scene", "s1")));
    }

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    /// <summary>An HTTP client on the silo's gateway; with <paramref name="key"/> it sends it as X-Api-Key.</summary>
    public HttpClient Http(string? key = null)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }

    public static Dictionary<string, string?> Settings(TestApiKey admin, string readOnlyKey)
    {
        var settings = admin.Settings(0).ToDictionary(s => s.Key, s => s.Value);
        settings["Gateway:ApiKeys:1:App"] = "mikoshi";
        settings["Gateway:ApiKeys:1:Name"] = "read-only";
        settings["Gateway:ApiKeys:1:Sha256"] = new TestApiKey("mikoshi", readOnlyKey).Sha256;
        settings["Gateway:ApiKeys:1:Scopes:0"] = "read";
        settings["Dashboard:Users:0:Name"] = UserName;
        settings["Dashboard:Users:0:Sha256"] = PasswordSha256;
        return settings;
    }
}
