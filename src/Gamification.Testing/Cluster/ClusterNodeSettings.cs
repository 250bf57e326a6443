using System.Globalization;

namespace Gamification.Testing;

/// <summary>The settings of one cluster process: a silo on the shared database, or a gateway over the silos.</summary>
public static class ClusterNodeSettings
{
    /// <summary>
    /// A silo (with its HTTP gateway at <paramref name="gateway"/>) on <paramref name="connectionString"/>, talking to other silos
    /// on <paramref name="siloPort"/> and taking Orleans clients on <paramref name="clientPort"/>.
    /// </summary>
    public static Dictionary<string, string?> Silo(string connectionString, int siloPort, int clientPort, Uri gateway, TestApiKey key)
    {
        var settings = TestSiloSettings.For(TestStorage.Postgres, connectionString);
        settings["Urls"] = gateway.ToString();
        settings["Cluster:Role"] = "Silo";
        settings["Cluster:SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture);
        settings["Cluster:GatewayPort"] = clientPort.ToString(CultureInfo.InvariantCulture);
        // Real processes run the midnight catch-up as shipped; its summary line is what the fault campaign counts.
        settings["MidnightCatchUp:Enabled"] = "true";
        settings["Logging:LogLevel:Gamification.Grains.Midnight"] = "Information";
        return WithKey(settings, key);
    }

    /// <summary>A gateway that hosts no grains: an Orleans client that finds the silos in the membership table of <paramref name="connectionString"/>.</summary>
    public static Dictionary<string, string?> Gateway(string connectionString, Uri gateway, TestApiKey key)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = gateway.ToString(),
            ["Cluster:Role"] = "Gateway",
            ["Storage:ConnectionString"] = connectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        return WithKey(settings, key);
    }

    /// <summary>
    /// Probes every second, a silo dead after 2 missed probes and 1 vote: failover within a test's patience, plus the
    /// settings of <paramref name="second"/>, a second app's key.
    /// </summary>
    public static Dictionary<string, string?> FastFailover(TestApiKey second)
    {
        var settings = new Dictionary<string, string?>(MembershipProfile.Tuned.Settings);
        foreach (var (name, value) in second.Settings(1))
            settings[name] = value;
        return settings;
    }

    /// <summary>The endpoint of a silo listening on <paramref name="port"/> on loopback.</summary>
    public static Uri SiloEndpoint(int port) => new($"tcp://127.0.0.1:{port}/");

    private static Dictionary<string, string?> WithKey(Dictionary<string, string?> settings, TestApiKey key)
    {
        foreach (var (name, value) in key.Settings(0))
            settings[name] = value;
        return settings;
    }
}
