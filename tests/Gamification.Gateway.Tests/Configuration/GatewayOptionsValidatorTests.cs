using Gamification.Gateway.Configuration;

namespace Gamification.Gateway.Tests.Configuration;

/// <summary>Bad settings stop the start with a message naming the key.</summary>
public sealed class GatewayOptionsValidatorTests
{
    private static readonly string GoodHash = new('a', 64);

    [Theory]
    [InlineData("abc", "Gateway:ApiKeys:0:Sha256 must be 64 hex characters")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "Gateway:ApiKeys:0:Sha256 is the hash of an empty key")]
    public void A_bad_key_hash_is_named(string hash, string message)
    {
        var errors = Validate(new GatewayOptions { ApiKeys = [Key(hash)] });

        Assert.Contains(message, errors);
    }

    [Fact]
    public void Unknown_scopes_missing_apps_and_repeated_keys_are_named()
    {
        var errors = Validate(new GatewayOptions
        {
            ApiKeys = [Key(GoodHash, scopes: ["award", "write"]), Key(GoodHash.ToUpperInvariant(), app: "")],
        });

        Assert.Contains("Gateway:ApiKeys:0:Scopes:1 must be one of award, read, admin (is 'write')", errors);
        Assert.Contains(errors, e => e.StartsWith("Gateway:ApiKeys:1:App must be", StringComparison.Ordinal));
        Assert.Contains("Gateway:ApiKeys:1:Sha256 repeats the key of ApiKeys:0", errors);
    }

    [Fact]
    public void A_short_jwt_secret_and_a_bad_pem_are_named()
    {
        var errors = Validate(new GatewayOptions { Jwt = new JwtOptions { Secret = "short" } })
            .Concat(Validate(new GatewayOptions { Jwt = new JwtOptions { PublicKeyPem = "-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----" } }));

        Assert.Contains("Gateway:Jwt:Secret must be at least 32 bytes", errors);
        Assert.Contains("Gateway:Jwt:PublicKeyPem must be an RSA public key in PEM", errors);
    }

    [Fact]
    public void Good_settings_pass_with_either_an_hs256_secret_or_an_rs256_public_key()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);

        var withSecret = Validate(new GatewayOptions { ApiKeys = [Key(GoodHash)], Jwt = new JwtOptions { Secret = new string('s', 32) } });
        var withPem = Validate(new GatewayOptions { ApiKeys = [Key(GoodHash)], Jwt = new JwtOptions { PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() } });
        var withBoth = Validate(new GatewayOptions { Jwt = new JwtOptions { Secret = new string('s', 32), PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() } });

        Assert.Empty(withSecret);
        Assert.Empty(withPem);
        Assert.Contains("Gateway:Jwt:Secret and Gateway:Jwt:PublicKeyPem are exclusive: set one", withBoth);
    }

    private static ApiKeyOptions Key(string hash, string app = "mikoshi", List<string>? scopes = null) =>
        new() { App = app, Name = "backend", Sha256 = hash, Scopes = scopes ?? ["award"] };

    private static IEnumerable<string> Validate(GatewayOptions options) =>
        new GatewayOptionsValidator().Validate(null, options).Failures ?? [];
}
