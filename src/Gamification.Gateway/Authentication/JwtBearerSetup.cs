using System.Security.Cryptography;
using System.Text;
using Gamification.Gateway.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Gamification.Gateway.Authentication;

/// <summary>User tokens from <c>Gateway:Jwt</c>, read when the scheme is first used so late configuration counts.</summary>
internal sealed class JwtBearerSetup(IOptions<GatewayOptions> gateway) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != GatewaySchemes.Bearer)
            return;
        var jwt = gateway.Value.Jwt;
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = jwt.Issuer is not null,
            ValidIssuer = jwt.Issuer,
            ValidateAudience = jwt.Audience is not null,
            ValidAudience = jwt.Audience,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            IssuerSigningKey = SigningKey(jwt),
            ValidAlgorithms = [string.IsNullOrEmpty(jwt.Secret) ? SecurityAlgorithms.RsaSha256 : SecurityAlgorithms.HmacSha256],
            NameClaimType = GatewayClaims.Subject,
        };
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (!jwt.Enabled)
                    context.NoResult();
                return Task.CompletedTask;
            },
            OnTokenValidated = UserTokens.Check,
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    private static SecurityKey? SigningKey(JwtOptions jwt)
    {
        if (!string.IsNullOrEmpty(jwt.Secret))
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.Secret));
        if (string.IsNullOrEmpty(jwt.PublicKeyPem))
            return null;
        using var rsa = RSA.Create();
        rsa.ImportFromPem(jwt.PublicKeyPem);
        return new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false));
    }
}
