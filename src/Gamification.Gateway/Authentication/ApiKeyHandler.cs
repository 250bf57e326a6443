using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gamification.Gateway.Authentication;

/// <summary>Service keys from <c>Authorization: ApiKey &lt;key&gt;</c> or <c>X-Api-Key</c>.</summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyRing ring)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyHeaders.Presented(Request) is not { } presented)
            return Task.FromResult(AuthenticateResult.NoResult());
        if (ring.Find(presented) is not { } key)
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid"));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(Claims(key), Scheme.Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, "ApiKey");
        Response.Headers.Append(HeaderNames.WWWAuthenticate, "Bearer");
        return Task.CompletedTask;
    }

    private static IEnumerable<Claim> Claims(ApiKey key)
    {
        yield return new Claim(GatewayClaims.App, key.App);
        yield return new Claim(GatewayClaims.KeyName, key.Name);
        foreach (var scope in key.Scopes)
            yield return new Claim(GatewayClaims.Scope, scope);
        if (key.RequestsPerMinute is { } limit)
            yield return new Claim(GatewayClaims.RequestsPerMinute, limit.ToString(), ClaimValueTypes.Integer32);
    }
}
