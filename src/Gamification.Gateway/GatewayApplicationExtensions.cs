using Gamification.Gateway.Endpoints.Streaks;
using Gamification.Gateway.Dashboard;
using Gamification.Gateway.Endpoints;
using Gamification.Gateway.Endpoints.Leaderboards;
using Gamification.Gateway.Endpoints.Notifications;
using Gamification.Gateway.Endpoints.Paths;
using Gamification.Gateway.Endpoints.Rules;
using Gamification.Gateway.Endpoints.XpLog;
using Gamification.Gateway.Http;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Gamification.Gateway;

/// <summary>The gateway's middleware and endpoints: <c>/api</c>, <c>/admin</c>, <c>/health</c>, <c>/openapi</c>, <c>/swagger</c>, <c>/dashboard</c>.</summary>
public static class GatewayApplicationExtensions
{
    public static WebApplication MapGamificationGateway(this WebApplication app)
    {
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<BodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.SwaggerEndpoint("/openapi/v1.json", "Gamification gateway v1");
        });
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        app.MapGroup("/api").WithGatewayDefaults()
            .MapExpEndpoints()
            .MapRulesetEndpoints()
            .MapUserEndpoints()
            .MapEntityEndpoints()
            .MapModuleEndpoints()
            .MapWatchEndpoints()
            .MapLeaderboardEndpoints()
            .MapXpLogEndpoints()
            .MapWalletEndpoints()
            .MapWalletShopEndpoints()
            .MapWalletTransferEndpoints()
            .MapUserEventEndpoints()
            .MapPathEndpoints()
            .MapStreakEndpoints();
        app.MapGroup("/admin").WithGatewayDefaults().RequireAuthorization(Authentication.GatewayPolicies.Admin)
            .MapAdminBadgeEndpoints()
            .MapAdminUserEndpoints()
            .MapAdminCheckEndpoints()
            .MapAdminImportEndpoints()
            .MapAdminLeaderboardEndpoints()
            .MapAnalyticsEndpoints()
            .MapAdminWalletEndpoints()
            .MapAdminRulesEndpoints()
            .MapAdminBoostEndpoints();
        app.MapGamificationDashboard();
        return app;
    }
}
