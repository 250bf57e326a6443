using System.Security.Claims;

namespace Gamification.Gateway.Authentication;

/// <summary>
/// Who sent a request: a service key of an app (with scopes), or a user's token (no scopes: it acts
/// only for its own user). The app always comes from here, never from the URL or the body.
/// </summary>
internal sealed record Caller(string App, string Credential, string? UserId, IReadOnlySet<string> Scopes, int? RequestsPerMinute)
{
    public bool IsUser => UserId is not null;

    public bool Has(string scope) => !IsUser && Scopes.Contains(scope);

    public static Caller? From(ClaimsPrincipal principal)
    {
        var identity = principal.Identities.FirstOrDefault(i => i.IsAuthenticated);
        if (identity?.FindFirst(GatewayClaims.App)?.Value is not { } app)
            return null;
        if (identity.AuthenticationType == GatewaySchemes.ApiKey)
        {
            var scopes = identity.FindAll(GatewayClaims.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            var limit = int.TryParse(identity.FindFirst(GatewayClaims.RequestsPerMinute)?.Value, out var rpm) ? rpm : (int?)null;
            return new Caller(app, identity.FindFirst(GatewayClaims.KeyName)?.Value ?? "key", null, scopes, limit);
        }
        // Anything else is a user token: whatever scopes it claims, it never gets a service key's rights.
        return identity.FindFirst(GatewayClaims.Subject)?.Value is { } user
            ? new Caller(app, $"user:{user}", user, new HashSet<string>(), null)
            : null;
    }
}
