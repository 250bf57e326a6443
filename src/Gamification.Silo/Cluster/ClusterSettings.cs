using Microsoft.Extensions.Configuration;

namespace Gamification.Silo;

/// <summary>The <c>Cluster:*</c> and <c>Client:*</c> settings, checked as a whole at start.</summary>
/// <param name="Role">Embedded, silo or gateway.</param>
/// <param name="SiloPort">The port the silo endpoint (HTTP/2 cleartext) listens on, separate from the gateway's; by default the port of <paramref name="AdvertisedAddress"/>.</param>
/// <param name="AdvertisedAddress">The silo endpoint as other processes reach it (<c>Cluster:SiloEndpoint</c>).</param>
/// <param name="StaticSilos">With <c>Cluster:Directory</c> = <c>Static</c>: every silo's endpoint, alike on all silos.</param>
/// <param name="Seeds">The silo endpoints a gateway reads the partition map from.</param>
public sealed record ClusterSettings(ClusterRole Role, int SiloPort, Uri? AdvertisedAddress, IReadOnlyList<Uri> StaticSilos, IReadOnlyList<Uri> Seeds)
{
    public static ClusterSettings Read(IConfiguration configuration)
    {
        var problems = new List<string>();
        var roleText = configuration["Cluster:Role"] ?? nameof(ClusterRole.Embedded);
        if (!Enum.TryParse<ClusterRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            problems.Add($"Cluster:Role must be Embedded, Silo or Gateway (is '{roleText}')");
        var port = 0;
        Uri? advertised = null;
        if (role == ClusterRole.Silo)
        {
            advertised = Endpoint(configuration["Cluster:SiloEndpoint"], "Cluster:SiloEndpoint", problems);
            var portText = configuration["Cluster:SiloPort"];
            if (portText is null)
                port = advertised?.Port ?? 0;
            else if (!int.TryParse(portText, out port) || port is < 1 or > 65535)
                problems.Add($"Cluster:SiloPort must be a port number (1-65535) to listen for silo calls on (is '{portText}')");
        }
        var statics = Endpoints(configuration.GetSection("Cluster:Silos"), problems);
        var seeds = Endpoints(configuration.GetSection("Client:Silos"), problems);
        if (role == ClusterRole.Gateway && seeds.Count == 0)
            problems.Add("Client:Silos: a gateway needs at least one silo endpoint (e.g. Client:Silos:0 = http://127.0.0.1:11111)");
        return problems.Count == 0
            ? new ClusterSettings(role, port, advertised, statics, seeds)
            : throw new SiloConfigurationException(problems);
    }

    private static List<Uri> Endpoints(IConfigurationSection section, List<string> problems) =>
        [.. section.GetChildren().Select(child => Endpoint(child.Value, child.Path, problems)).OfType<Uri>()];

    private static Uri? Endpoint(string? text, string key, List<string> problems)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp)
            return uri;
        problems.Add($"{key} must be an http:// address of a silo endpoint (is '{text}')");
        return null;
    }
}
