using System.Net;

namespace Gamification.Samples.AwardWorker;

/// <summary>What the worker awards and where the cluster's gateways are (section <c>Sample</c>).</summary>
internal sealed class SampleSettings
{
    public string ClusterId { get; set; } = "gamification";
    public string ServiceId { get; set; } = "gamification";
    public List<string> Gateways { get; set; } = [];
    public string App { get; set; } = "storybook";
    public string User { get; set; } = "sample-reader";
    public string Action { get; set; } = "story_read";
    public int Events { get; set; } = 10;

    /// <summary>Keys are <c>{KeyPrefix}-{User}-{n}</c>: running the worker twice with one prefix awards once.</summary>
    public string KeyPrefix { get; set; } = "sample";

    public IPEndPoint[] GatewayEndpoints() => [.. Gateways.Select((text, i) => IPEndPoint.TryParse(text, out var endpoint)
        ? endpoint
        : throw new InvalidOperationException($"Sample:Gateways:{i} must be host-ip:port (is '{text}')"))];
}
