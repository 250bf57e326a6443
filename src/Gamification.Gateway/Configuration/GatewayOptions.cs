namespace Gamification.Gateway.Configuration;

/// <summary>The <c>Gateway</c> configuration section.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Service keys, stored as SHA-256 hashes; none configured means the embedded default generates them.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    public JwtOptions Jwt { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Largest request body accepted; every request of the API is a few hundred bytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 16 * 1024;

    /// <summary>Where the embedded default keeps the hashes of the keys it generated.</summary>
    public string KeyFile { get; set; } = Path.Combine("data", "gateway-keys.json");

    /// <summary>Where the embedded default writes the generated keys in plain text, once.</summary>
    public string CredentialsFile { get; set; } = Path.Combine("data", "credentials.txt");
}
