using System.Security.Claims;
using Gamification.Gateway.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Dashboard;

/// <summary>Who may read the dashboard: a service key with <c>admin</c>, or a signed-in dashboard user (an HttpOnly cookie).</summary>
internal static class DashboardAccess
{
    public const string Scheme = "GatewayDashboard";

    public const string Policy = "gateway:dashboard";

    /// <summary>The Orleans dashboard shows every app's grains and the silos' logs: signed-in dashboard users only, no app's key.</summary>
    public const string ClusterPolicy = "gateway:dashboard:cluster";

    public const string UserClaim = "dashboard_user";

    public static void AddDashboardAccess(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "gamification-dashboard";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/dashboard";
            o.SlidingExpiration = true;
            // An API answers 401 and 403 as problems; the page shows its own login form.
            o.Events.OnRedirectToLogin = context => OrleansDashboardEndpoints.IsPageNavigation(context.Request)
                ? Redirect(context.Response, DashboardPath)
                : Status(context.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
        });
        services.AddOptions<CookieAuthenticationOptions>(Scheme)
            .Configure<IOptions<DashboardOptions>>((o, dashboard) => o.ExpireTimeSpan = dashboard.Value.SessionLifetime);
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(GatewaySchemes.ApiKey, Scheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => Viewer.From(context.User) is not null))
            .AddPolicy(ClusterPolicy, p => p
            .AddAuthenticationSchemes(GatewaySchemes.ApiKey, Scheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => Viewer.From(context.User) is { KeyApp: null }));
    }

    /// <summary>The project's page, where a browser sent to sign in lands.</summary>
    public const string DashboardPath = "/dashboard";

    public static ClaimsPrincipal Principal(string userName) =>
        new(new ClaimsIdentity([new Claim(UserClaim, userName)], Scheme));

    private static Task Redirect(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status302Found;
        response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
