using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gamification.Abuse;

/// <summary>User tokens an attacker holds or makes: forged, expired (replayed), tampered, or for someone else.</summary>
public static class HostileTokens
{
    public static IReadOnlyList<Credential> For(AbuseTargets targets, string attacker, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var own = new Dictionary<string, object> { ["sub"] = attacker, ["app"] = targets.App };
        var victim = new Dictionary<string, object> { ["sub"] = targets.Victims[0], ["app"] = targets.App };
        var valid = Mint(victim, targets.JwtSecret, now.AddMinutes(10));
        return
        [
            Credential.Bearer("token-unsigned", new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor { Claims = victim, Expires = now.AddMinutes(10) })),
            Credential.Bearer("token-wrong-secret", Mint(victim, "an-attacker-secret-of-more-than-32-bytes!", now.AddMinutes(10))),
            Credential.Bearer("token-expired-replayed", Mint(victim, targets.JwtSecret, now.AddMinutes(-5))),
            Credential.Bearer("token-tampered", Tamper(valid)),
            Credential.Bearer("token-garbage", "not.a.token"),
            Credential.Bearer("token-empty", ""),
            Credential.Bearer("token-of-another-user", Mint(own, targets.JwtSecret, now.AddMinutes(10))),
        ];
    }

    private static string Mint(Dictionary<string, object> claims, string secret, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = expires.AddMinutes(-20),
            NotBefore = expires.AddMinutes(-20),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });

    /// <summary>The same signature over a payload naming the admin: any honest check of the signature refuses it.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Encode("{\"sub\":\"admin\",\"app\":\"*\",\"scope\":\"admin\"}");
        return $"{parts[0]}.{payload}.{parts[2]}";
    }
}
