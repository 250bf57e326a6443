using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Dashboard;

/// <summary>
/// The dashboard's services: access (admin keys, dashboard users) and the apps. Its data comes from the cluster
/// (<c>IClusterDiagnostics</c>), so nothing here listens or counts; the silo side is <c>AddGamificationDiagnostics()</c>
/// and, for <c>/dashboard/orleans</c>, Orleans's <c>AddDashboard()</c>.
/// </summary>
internal static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddGamificationDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>();
        services.AddSingleton<DashboardUsers>();
        services.AddSingleton<DashboardApps>();
        services.AddDashboardAccess();
        return services;
    }
}
