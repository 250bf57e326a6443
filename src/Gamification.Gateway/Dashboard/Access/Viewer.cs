using System.Security.Claims;
using Gamification.Gateway.Authentication;

namespace Gamification.Gateway.Dashboard;

/// <summary>Who is looking at the dashboard: a dashboard user (every app) or an admin key (its own app only).</summary>
internal sealed record Viewer(string Name, string? KeyApp)
{
    public bool MaySee(string app) => KeyApp is null || string.Equals(KeyApp, app, StringComparison.Ordinal);

    public static Viewer? From(ClaimsPrincipal principal)
    {
        foreach (var identity in principal.Identities.Where(i => i.IsAuthenticated))
        {
            if (identity.AuthenticationType == DashboardAccess.Scheme && identity.FindFirst(DashboardAccess.UserClaim)?.Value is { } user)
                return new Viewer(user, null);
        }
        return Caller.From(principal) is { } caller && caller.Has(Scopes.Admin) ? new Viewer(caller.Credential, caller.App) : null;
    }
}
