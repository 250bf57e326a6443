using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Serialization.Configuration;
using Orleans.Serialization.TypeSystem;

namespace Gamification.Grains.Diagnostics;

/// <summary>What a silo needs for the operators' diagnostics (the project's dashboard, the CLI's <c>top</c>).</summary>
public static class DiagnosticsSiloBuilderExtensions
{
    /// <summary>
    /// Counts this silo's application grain calls per method, listens to its Orleans and storage meters, and
    /// answers the cluster-wide metrics fan-out (<see cref="ClusterMetricsGrain"/>). The diagnostics grains
    /// (inspector, reminder overview, cluster metrics) come with the grains assembly and need nothing more.
    /// </summary>
    public static ISiloBuilder AddGamificationDiagnostics(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<SiloMetrics>();
        silo.Services.AddSingleton<SiloMeterListener>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => services.GetRequiredService<SiloMeterListener>());
        silo.AddIncomingGrainCallFilter<GrainCallMetricsFilter>();
        silo.Services.AddKeyedSingleton<IControllable, SiloMetricsControl>(SiloMetricsControl.ProviderName);
        // The control command names its provider type as a generic argument of a management grain call.
        silo.Services.Configure<TypeManifestOptions>(o => o.AllowedTypes.Add(RuntimeTypeNameFormatter.Format(typeof(SiloMetricsControl))));
        return silo;
    }
}
