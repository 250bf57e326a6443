using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>User tokens as an app's login would issue them: HS256 with the gateway's test secret.</summary>
public static class TestTokens
{
    public const string Secret = "gateway-tests-hs256-secret-of-more-than-32-bytes";

    public static string For(string app, string userId) => Mint(new Dictionary<string, object> { ["sub"] = userId, ["app"] = app });

    public static string Mint(IDictionary<string, object> claims, string secret = Secret, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var notBefore = expires is { } end && end < now ? end.AddMinutes(-10) : now;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires ?? now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A token with <c>alg: none</c>, which no gateway may accept.</summary>
    public static string WithoutSignature(IDictionary<string, object> claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor { Claims = claims, Expires = DateTime.UtcNow.AddMinutes(10) });
}
