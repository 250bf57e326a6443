using System.Security.Cryptography;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gamification.Gateway.Tests.Security;

/// <summary>User tokens signed with RS256 validate against the configured public key, and only against it.</summary>
public sealed class JwtBearerSetupTests
{
    [Fact]
    public async Task An_rs256_token_validates_against_the_public_key_and_an_hs256_one_does_not()
    {
        using var rsa = RSA.Create(2048);
        var parameters = Configure(new JwtOptions { PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem(), Issuer = "https://login.example" });
        var handler = new JsonWebTokenHandler();

        var signed = await handler.ValidateTokenAsync(Token(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256, "https://login.example"), parameters);
        var otherIssuer = await handler.ValidateTokenAsync(Token(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256, "https://evil.example"), parameters);
        var symmetric = await handler.ValidateTokenAsync(
            Token(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256, "https://login.example"), parameters);

        Assert.True(signed.IsValid, signed.Exception?.Message);
        Assert.Equal("u1", signed.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.False(otherIssuer.IsValid);
        Assert.False(symmetric.IsValid);
    }

    private static TokenValidationParameters Configure(JwtOptions jwt)
    {
        var options = new JwtBearerOptions();
        new JwtBearerSetup(Options.Create(new GatewayOptions { Jwt = jwt })).Configure(GatewaySchemes.Bearer, options);
        return options.TokenValidationParameters;
    }

    private static string Token(SecurityKey key, string algorithm, string issuer) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Claims = new Dictionary<string, object> { ["sub"] = "u1", ["app"] = "mikoshi" },
        Issuer = issuer,
        Expires = DateTime.UtcNow.AddMinutes(5),
        SigningCredentials = new SigningCredentials(key, algorithm),
    });
}
