using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Dashboard;

/// <summary>The dashboard's services: access (admin keys, dashboard users), the metrics window and its meter listener.</summary>
internal static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddGamificationDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>();
        services.AddSingleton<DashboardUsers>();
        services.AddSingleton<DashboardApps>();
        services.AddSingleton<MetricsWindow>();
        // First of all hosted services, so activations made while other services start (ruleset warm-up) are counted.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, RuntimeMetricsListener>());
        services.AddDashboardAccess();
        return services;
    }
}
