using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Gamification.Silo;

/// <summary>
/// Exports the runtime's meter (and ASP.NET Core's) over OTLP when <c>Telemetry:OtlpEndpoint</c> is set.
/// The meter provider is built by hand (OpenTelemetry.Extensions.Hosting is not available) and
/// disposed, with a final flush, when the host's services are.
/// </summary>
internal static class OtlpMetrics
{
    public static readonly string[] Meters = ["Microsoft.Orleans", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    public static IServiceCollection AddOtlpMetrics(this IServiceCollection services, TelemetryOptions options)
    {
        if (options.OtlpEndpoint is not { } endpoint)
            return services;
        services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(r => r.AddService("gamification-silo"))
            .AddMeter(Meters)
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = endpoint;
                exporter.Protocol = options.OtlpProtocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.ExportInterval.TotalMilliseconds;
            })
            .Build());
        services.AddHostedService<MeterProviderStart>();
        return services;
    }
}
