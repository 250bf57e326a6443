using Gamification.Testing;

namespace Gamification.Cluster.Process.Tests;

/// <summary>What the failure tests share: fast lease timings, two apps' keys, and 10,000 events over both apps.</summary>
internal static class ClusterScenario
{
    public static readonly TestApiKey Storybook = TestApiKey.For("storybook");

    public static readonly TestApiKey Mikoshi = TestApiKey.For("mikoshi");

    /// <summary>Short leases (failover within a test's patience) and the mikoshi key beside storybook's.</summary>
    public static Dictionary<string, string?> Settings() => ClusterNodeSettings.ShortLeases(Mikoshi);

    /// <summary>
    /// 8,000 storybook reads over 100 users (no caps: every one is granted) and 2,000 mikoshi events over 40 users,
    /// mostly chat milestones with a daily chat among them, so the 150 XP cap and the 1/day limit are hit hard.
    /// </summary>
    public static List<AwardEvent> Events(string run, int storybookUsers = 100, int storybookEach = 80, int mikoshiUsers = 40, int mikoshiEach = 50)
    {
        var events = new List<AwardEvent>();
        for (var i = 0; i < storybookUsers * storybookEach; i++)
            events.Add(new AwardEvent($"s{run}-{i % storybookUsers}", "story_read", $"{run}-s{i}") { App = "storybook" });
        for (var i = 0; i < mikoshiUsers * mikoshiEach; i++)
            events.Add(new AwardEvent($"m{run}-{i % mikoshiUsers}", i % 10 == 0 ? "daily_chat" : "chat_used_50", $"{run}-m{i}") { App = "mikoshi" });
        // Interleaved, so both apps are in flight when a silo goes.
        return [.. events.OrderBy(e => e.Key.GetHashCode(StringComparison.Ordinal))];
    }

    public static List<(HttpClient, AwardEvent)> Addressed(IEnumerable<AwardEvent> events, HttpClient storybook, HttpClient mikoshi) =>
        [.. events.Select(e => (e.App == "storybook" ? storybook : mikoshi, e))];

    /// <summary>A gateway client with the key of <paramref name="key"/>'s app.</summary>
    public static HttpClient Client(ClusterProcess gateway, TestApiKey key)
    {
        var http = gateway.CreateClient(TimeSpan.FromSeconds(15));
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", key.Key);
        return http;
    }
}
