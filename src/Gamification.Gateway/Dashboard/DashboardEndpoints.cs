using Gamification.Gateway.Http;

namespace Gamification.Gateway.Dashboard;

/// <summary><c>/dashboard</c>: the page and its assets (anyone), sign-in and sign-out, and the read-only API under <c>/dashboard/api</c>.</summary>
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
        api.MapGet("/grains", DashboardApi.Grains);
        api.MapGet("/storage", DashboardApi.Storage);
        api.MapGet("/reminders", DashboardApi.RemindersAsync);
        api.MapGet("/inspect", DashboardInspector.InspectAsync);
        api.MapGet("/ruleset", DashboardApi.RulesetAsync);
        return app;
    }
}
