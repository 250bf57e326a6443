using Gamification.Gateway.Http;

namespace Gamification.Gateway.Dashboard;

/// <summary>
/// <c>/dashboard</c>: the page and its assets (anyone), sign-in and sign-out, the read-only API under
/// <c>/dashboard/api</c>, and Orleans's own dashboard under <c>/dashboard/orleans</c> (dashboard users only).
/// </summary>
internal static class DashboardEndpoints
{
    public static WebApplication MapGamificationDashboard(this WebApplication app)
    {
        app.MapGet("/dashboard", DashboardPage.Index).ExcludeFromDescription();
        app.MapGet("/dashboard/assets/{name}", DashboardPage.Asset).ExcludeFromDescription();
        var session = app.MapGroup("/dashboard").WithMetadata(GatewayEndpoint.Marker).ExcludeFromDescription();
        session.MapPost("/login", DashboardSession.LoginAsync);
        session.MapPost("/logout", (Delegate)DashboardSession.LogoutAsync);
        var api = app.MapGroup("/dashboard/api").WithMetadata(GatewayEndpoint.Marker).RequireAuthorization(DashboardAccess.Policy).ExcludeFromDescription();
        api.MapGet("/session", DashboardApi.Session);
        api.MapGet("/cluster", DashboardApi.ClusterAsync);
        api.MapGet("/grains", DashboardApi.GrainsAsync);
        api.MapGet("/storage", DashboardApi.StorageAsync);
        api.MapGet("/reminders", DashboardApi.RemindersAsync);
        api.MapGet("/inspect", DashboardInspector.InspectAsync);
        api.MapGet("/ruleset", DashboardApi.RulesetAsync);
        app.MapOrleansDashboardBehindSignIn();
        return app;
    }
}
