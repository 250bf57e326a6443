namespace Gamification.Gateway.Configuration;

/// <summary>User tokens: HS256 with <see cref="Secret"/>, or RS256 with <see cref="PublicKeyPem"/>.</summary>
public sealed class JwtOptions
{
    /// <summary>The HS256 shared secret, at least 32 bytes of UTF-8.</summary>
    public string? Secret { get; set; }

    /// <summary>The RS256 public key, PEM encoded.</summary>
    public string? PublicKeyPem { get; set; }

    /// <summary>Checked when set.</summary>
    public string? Issuer { get; set; }

    /// <summary>Checked when set.</summary>
    public string? Audience { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(Secret) || !string.IsNullOrEmpty(PublicKeyPem);
}
