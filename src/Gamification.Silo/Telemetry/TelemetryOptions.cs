namespace Gamification.Silo;

/// <summary>The <c>Telemetry</c> section: where to export metrics over OTLP; nothing is exported without an endpoint.</summary>
/// <param name="OtlpEndpoint">The collector, e.g. <c>http://localhost:4317</c> (gRPC) or <c>http://localhost:4318/v1/metrics</c> (HTTP).</param>
/// <param name="OtlpProtocol"><c>grpc</c> (the default) or <c>http/protobuf</c>.</param>
/// <param name="ExportInterval">How often metrics are pushed.</param>
public sealed record TelemetryOptions(Uri? OtlpEndpoint, string OtlpProtocol, TimeSpan ExportInterval)
{
    public static TelemetryOptions Read(IConfiguration configuration)
    {
        var problems = new List<string>();
        Uri? endpoint = null;
        if (configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } text
            && (!Uri.TryCreate(text, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
            problems.Add("Telemetry:OtlpEndpoint must be an absolute http(s) URL, e.g. http://localhost:4317");
        var protocol = configuration["Telemetry:OtlpProtocol"] ?? "grpc";
        if (protocol is not ("grpc" or "http/protobuf"))
            problems.Add($"Telemetry:OtlpProtocol must be grpc or http/protobuf (is '{protocol}')");
        var interval = configuration.GetValue("Telemetry:ExportInterval", TimeSpan.FromSeconds(15));
        if (interval <= TimeSpan.Zero)
            problems.Add("Telemetry:ExportInterval must be positive");
        return problems.Count == 0 ? new TelemetryOptions(endpoint, protocol, interval) : throw new SiloConfigurationException(problems);
    }
}
