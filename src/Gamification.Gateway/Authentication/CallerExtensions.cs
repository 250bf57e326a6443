using System.Security.Claims;

namespace Gamification.Gateway.Authentication;

/// <summary>The caller of an endpoint that authorization has let through.</summary>
internal static class CallerExtensions
{
    public static Caller Caller(this ClaimsPrincipal principal) =>
        Authentication.Caller.From(principal) ?? throw new InvalidOperationException("The endpoint ran without an authenticated caller");
}
