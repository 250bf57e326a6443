using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Gamification.Silo;

/// <summary>Exports Orleans's meter, the journaled store's and ASP.NET Core's over OTLP when <c>Telemetry:OtlpEndpoint</c> is set.</summary>
internal static class OtlpMetrics
{
    public static readonly string[] Meters =
        ["Microsoft.Orleans", "Gamification.Runtime", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    public static IServiceCollection AddOtlpMetrics(this IServiceCollection services, TelemetryOptions options)
    {
        if (options.OtlpEndpoint is not { } endpoint)
            return services;
        // The hosting package starts the meter provider with the host and flushes it when the host stops.
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("gamification-silo"))
            .WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = endpoint;
                    exporter.Protocol = options.OtlpProtocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.ExportInterval.TotalMilliseconds;
                }));
        return services;
    }
}
