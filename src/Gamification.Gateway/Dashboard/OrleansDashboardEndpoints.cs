using Gamification.Gateway.Errors;
using Gamification.Gateway.Http;
using Orleans.Dashboard;

namespace Gamification.Gateway.Dashboard;

/// <summary>
/// Orleans's own dashboard (package Microsoft.Orleans.Dashboard) at <c>/dashboard/orleans</c>, behind the
/// dashboard's sign-in: the cookie of <c>POST /dashboard/login</c> (scoped to <c>/dashboard</c>, so it reaches
/// these routes) and only a dashboard user's (<see cref="DashboardAccess.ClusterPolicy"/>): it shows every app's
/// grains and streams the silos' logs, so no app's admin key opens it. Without a sign-in its API answers 401 and a
/// browser opening the page is sent to <c>/dashboard</c> to sign in.
/// </summary>
/// <remarks>
/// The Orleans dashboard has no authentication of its own and needs its services in the process: a process that
/// hosts a silo registers them with <c>ISiloBuilder.AddDashboard()</c>, a gateway that is only an Orleans client with
/// <c>IClientBuilder.AddDashboard()</c> (its data comes from the silos' dashboard grains, so the silos need
/// <c>AddDashboard()</c> too). Without them the route answers 404 rather than failing the gateway's start.
/// </remarks>
internal static class OrleansDashboardEndpoints
{
    public const string RoutePrefix = "/dashboard/orleans";

    public static WebApplication MapOrleansDashboardBehindSignIn(this WebApplication app)
    {
        IEndpointConventionBuilder group;
        try
        {
            group = app.MapOrleansDashboard(routePrefix: RoutePrefix);
        }
        catch (InvalidOperationException)
        {
            // "Orleans Dashboard services have not been registered": this host did not call AddDashboard().
            group = app.MapGroup(RoutePrefix).MapGet("/{**rest}", () => Problems.NotFound("orleans", "The Orleans dashboard is not enabled on this host"));
        }
        group.WithMetadata(GatewayEndpoint.Marker).RequireAuthorization(DashboardAccess.ClusterPolicy).ExcludeFromDescription();
        return app;
    }

    /// <summary>A browser opening the Orleans dashboard's page (not its API), which is better sent to sign in than shown a bare 401.</summary>
    public static bool IsPageNavigation(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && (request.Path.Equals(RoutePrefix, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(RoutePrefix + "/", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(RoutePrefix + "/index.html", StringComparison.OrdinalIgnoreCase))
        && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
}
