using Gamification.Contracts;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Gamification.Gateway.Authentication;

/// <summary>A valid signature is not enough: a user token must name one user (<c>sub</c>) of one app (<c>app</c>).</summary>
internal static class UserTokens
{
    public static Task Check(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (!Ids.IsValid(principal?.FindFirst(GatewayClaims.Subject)?.Value))
            context.Fail($"The token's sub claim {Ids.Rule}");
        else if (!Ids.IsValid(principal?.FindFirst(GatewayClaims.App)?.Value))
            context.Fail($"The token's app claim {Ids.Rule}");
        return Task.CompletedTask;
    }
}
