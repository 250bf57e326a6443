using Gamification.Testing;
using Xunit.Abstractions;

namespace Gamification.Cluster.Process.Tests;

/// <summary>What the failure tests share: fast failure detection, two apps' keys, and thousands of events over both apps.</summary>
internal static class ClusterScenario
{
    public static readonly TestApiKey Storybook = TestApiKey.For("storybook");

    public static readonly TestApiKey Mikoshi = TestApiKey.For("mikoshi");

    /// <summary>Orleans failure detection in seconds (a silo dead after 2 missed 1 s probes, 1 vote), and the mikoshi key beside storybook's.</summary>
    public static Dictionary<string, string?> Settings() => ClusterNodeSettings.FastFailover(Mikoshi);

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

    /// <summary>A short id for one test's users and keys.</summary>
    public static string Run() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>HTTP clients of one process, one per app key.</summary>
    public sealed record Clients(HttpClient Storybook, HttpClient Mikoshi) : IDisposable
    {
        public static Clients Of(ClusterProcess process, TimeSpan? timeout = null) =>
            new(Client(process, ClusterScenario.Storybook, timeout), Client(process, ClusterScenario.Mikoshi, timeout));

        public HttpClient For(AwardEvent e) => For(e.App);

        public HttpClient For(string app) => app == "storybook" ? Storybook : Mikoshi;

        public void Dispose()
        {
            Storybook.Dispose();
            Mikoshi.Dispose();
        }
    }

    /// <summary>Each event through the first of <paramref name="gateways"/>, retried through the others in turn.</summary>
    public static List<AwardRoute> Routed(IEnumerable<AwardEvent> events, params Clients[] gateways) =>
        [.. events.Select(e => new AwardRoute(e, [.. gateways.Select(g => g.For(e))]))];

    /// <summary>A client of <paramref name="process"/>'s HTTP gateway with the key of <paramref name="key"/>'s app.</summary>
    public static HttpClient Client(ClusterProcess process, TestApiKey key, TimeSpan? timeout = null)
    {
        var http = process.CreateClient(timeout ?? TimeSpan.FromSeconds(15));
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", key.Key);
        return http;
    }

    /// <summary>Runs a test's body; when it fails, every process's last log lines go to the test output.</summary>
    public static async Task ExplainedAsync(this ITestOutputHelper output, TestCluster cluster, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            output.WriteLine(cluster.RecentOutput);
            throw;
        }
    }

    /// <summary>Starts a cluster; when it does not come up, the output of what did start goes with the error.</summary>
    public static async Task<TestCluster> StartAsync(int silos, TestApiKey key, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return await TestCluster.StartAsync(silos, key, overrides ?? Settings());
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"A cluster of {silos} silos and a gateway did not start ({clock.Elapsed.TotalSeconds:0.0} s): {e.Message}", e);
        }
    }
}
