using Gamification.Client;
using Gamification.Testing;

namespace Gamification.Cli.Tests.Fixtures;

/// <summary>A silo with its gateway on loopback (SQLite), with an all-scopes key for each seed app, started once per test class.</summary>
public sealed class CliSilo : IAsyncLifetime
{
    private static readonly string[] Apps = ["mikoshi", "storybook", "degentalk", "academy"];
    private readonly Dictionary<string, TestApiKey> keys = Apps.ToDictionary(a => a, TestApiKey.For);

    public TestSilo Silo { get; private set; } = null!;

    public IGamificationClient Client => Silo.Client;

    public string Url => Silo.BaseAddress.ToString();

    public string Key(string app) => keys[app].Key;

    /// <summary>The service arguments of a command run against <paramref name="app"/>.</summary>
    public string[] Service(string app) => ["--url", Url, "--key", Key(app)];

    public async Task InitializeAsync()
    {
        var settings = keys.Values.SelectMany((k, i) => k.Settings(i)).ToDictionary(kv => kv.Key, kv => kv.Value);
        Silo = await TestSilo.StartAsync(TestStorage.Sqlite, settings);
    }

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}
