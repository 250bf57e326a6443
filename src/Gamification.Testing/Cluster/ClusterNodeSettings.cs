namespace Gamification.Testing;

/// <summary>The settings of one cluster process: a silo on the shared database, or a gateway over the silos.</summary>
public static class ClusterNodeSettings
{
    /// <summary>A silo (with its gateway) on <paramref name="connectionString"/>, serving grain calls on <paramref name="siloPort"/>.</summary>
    /// <param name="staticSilos">With a static map: every silo's endpoint, the same list on each; null for the lease directory.</param>
    public static Dictionary<string, string?> Silo(string connectionString, int siloPort, Uri gateway, TestApiKey key, IReadOnlyList<Uri>? staticSilos = null)
    {
        var settings = TestSiloSettings.For(TestStorage.Postgres, connectionString);
        settings["Urls"] = gateway.ToString();
        settings["Cluster:Role"] = "Silo";
        settings["Cluster:SiloEndpoint"] = SiloEndpoint(siloPort).ToString();
        for (var i = 0; i < staticSilos?.Count; i++)
            settings[$"Cluster:Silos:{i}"] = staticSilos[i].ToString();
        return WithKey(settings, key);
    }

    /// <summary>A gateway that hosts no grains, calling the silos at <paramref name="seeds"/>.</summary>
    public static Dictionary<string, string?> Gateway(IReadOnlyList<Uri> seeds, Uri gateway, TestApiKey key)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = gateway.ToString(),
            ["Cluster:Role"] = "Gateway",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var i = 0; i < seeds.Count; i++)
            settings[$"Client:Silos:{i}"] = seeds[i].ToString();
        return WithKey(settings, key);
    }

    /// <summary>
    /// Heartbeat 1 s, dead after 4 s, leases of 3 s, peer calls and unowned partitions given up after 3 and 5 s:
    /// failover within a test's patience, plus the settings of <paramref name="second"/>, a second app's key.
    /// </summary>
    public static Dictionary<string, string?> ShortLeases(TestApiKey second)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cluster:HeartbeatPeriod"] = "00:00:01",
            ["Cluster:DeadAfter"] = "00:00:04",
            ["Cluster:LeaseDuration"] = "00:00:03",
            ["Cluster:LeaseRenewalMargin"] = "00:00:01",
            ["Transport:PeerCallTimeout"] = "00:00:03",
            ["Transport:UnownedTimeout"] = "00:00:05",
        };
        foreach (var (name, value) in second.Settings(1))
            settings[name] = value;
        return settings;
    }

    /// <summary>The endpoint of a silo listening on <paramref name="port"/> on loopback.</summary>
    public static Uri SiloEndpoint(int port) => new($"http://127.0.0.1:{port}/");

    private static Dictionary<string, string?> WithKey(Dictionary<string, string?> settings, TestApiKey key)
    {
        foreach (var (name, value) in key.Settings(0))
            settings[name] = value;
        return settings;
    }
}
