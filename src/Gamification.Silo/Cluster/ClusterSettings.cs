using System.Net;
using Microsoft.Extensions.Configuration;

namespace Gamification.Silo;

/// <summary>The <c>Cluster:*</c> and <c>Client:*</c> settings, checked as a whole at start.</summary>
/// <param name="Role">Embedded, silo or gateway.</param>
/// <param name="ClusterId">The cluster's id; silos and clients with the same id and database form one cluster.</param>
/// <param name="ServiceId">The service's id, stable across deployments (reminders and storage are keyed by it).</param>
/// <param name="AdvertisedAddress">The address other silos and clients reach this silo at.</param>
/// <param name="SiloPort">The port for silo-to-silo traffic.</param>
/// <param name="GatewayPort">The port Orleans clients (the gateway process, other .NET services) connect to.</param>
/// <param name="Gateways">With <c>Client:Gateways</c>: a static list of silo gateways for a gateway process, instead of the membership table.</param>
public sealed record ClusterSettings(ClusterRole Role, string ClusterId, string ServiceId, IPAddress AdvertisedAddress, int SiloPort, int GatewayPort, IReadOnlyList<IPEndPoint> Gateways)
{
    public const string DefaultId = "gamification";

    public static ClusterSettings Read(IConfiguration configuration)
    {
        var problems = new List<string>();
        var roleText = configuration["Cluster:Role"] ?? nameof(ClusterRole.Embedded);
        if (!Enum.TryParse<ClusterRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            problems.Add($"Cluster:Role must be Embedded, Silo or Gateway (is '{roleText}')");
        var clusterId = Id(configuration, "Cluster:ClusterId", problems);
        var serviceId = Id(configuration, "Cluster:ServiceId", problems);
        var addressText = configuration["Cluster:AdvertisedAddress"] ?? "127.0.0.1";
        if (!IPAddress.TryParse(addressText, out var address))
            problems.Add($"Cluster:AdvertisedAddress must be an IP address other silos reach this one at (is '{addressText}')");
        var siloPort = Port(configuration, "Cluster:SiloPort", 11111, problems);
        var gatewayPort = Port(configuration, "Cluster:GatewayPort", 30000, problems);
        var gateways = configuration.GetSection("Client:Gateways").GetChildren()
            .Select(child => Gateway(child.Value, child.Path, problems)).OfType<IPEndPoint>().ToList();
        return problems.Count == 0
            ? new ClusterSettings(role, clusterId, serviceId, address ?? IPAddress.Loopback, siloPort, gatewayPort, gateways)
            : throw new SiloConfigurationException(problems);
    }

    private static string Id(IConfiguration configuration, string key, List<string> problems)
    {
        var id = configuration[key] ?? DefaultId;
        if (id.Length is 0 or > 100 || id.Any(char.IsWhiteSpace))
            problems.Add($"{key} must be 1-100 characters without spaces (is '{id}')");
        return id;
    }

    private static int Port(IConfiguration configuration, string key, int fallback, List<string> problems)
    {
        var text = configuration[key];
        if (text is null)
            return fallback;
        if (int.TryParse(text, out var port) && port is >= 1 and <= 65535)
            return port;
        problems.Add($"{key} must be a port number (1-65535) (is '{text}')");
        return fallback;
    }

    private static IPEndPoint? Gateway(string? text, string key, List<string> problems)
    {
        if (IPEndPoint.TryParse(text ?? "", out var endpoint) && endpoint.Port > 0)
            return endpoint;
        problems.Add($"{key} must be a silo gateway as address:port (e.g. 127.0.0.1:30000) (is '{text}')");
        return null;
    }
}
