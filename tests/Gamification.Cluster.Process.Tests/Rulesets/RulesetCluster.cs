using Gamification.Testing;

namespace Gamification.Cluster.Process.Tests.Rulesets;

/// <summary>
/// Three silo processes and a gateway for degentalk, shared by one class's tests, with the locator that tells which
/// silo made an award: each silo applies its own copy of the ruleset, so a ruleset test must know whose copy it saw.
/// </summary>
public sealed class RulesetCluster : IAsyncLifetime
{
    public const string App = "degentalk";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public TestApiKey Key { get; } = TestApiKey.For(App);

    public TestCluster Cluster { get; private set; } = null!;

    internal SiloLocator Locator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = await ClusterScenario.StartAsync(3, Key, Settings());
        Locator = await SiloLocator.ConnectAsync(Cluster);
    }

    /// <summary>Starts a fourth silo with <paramref name="own"/> settings and waits until the membership shows it active; the caller removes it.</summary>
    public async Task<ClusterProcess> JoinAsync(IReadOnlyDictionary<string, string?>? own = null)
    {
        var joined = await Cluster.SpawnMemberAsync(own);
        await Cluster.WaitForActiveSilosAsync(Patience);
        return joined;
    }

    /// <summary>Stops <paramref name="silo"/> gracefully and waits until the membership shows the others alone.</summary>
    public async Task LeaveAsync(ClusterProcess silo)
    {
        await Cluster.RemoveNodeAsync(silo);
        await Cluster.WaitForActiveSilosAsync(Patience);
    }

    /// <summary>For a failure message: every process's newest log lines (ruleset installs and adoptions among them).</summary>
    public string Describe() => Cluster.RecentOutput;

    public async Task DisposeAsync()
    {
        if (Locator is not null)
            await Locator.DisposeAsync();
        if (Cluster is not null)
            await Cluster.DisposeAsync();
    }

    private static Dictionary<string, string?> Settings()
    {
        var settings = ClusterScenario.Settings();
        // Installs and adoptions are what a failing ruleset test needs to see.
        settings["Logging:LogLevel:Gamification.Grains.Rulesets"] = "Information";
        return settings;
    }
}
