namespace Gamification.Gateway.Configuration;

/// <summary>One service key: the app it belongs to, a name for logs, the SHA-256 of the key in hex, its scopes.</summary>
public sealed class ApiKeyOptions
{
    public string App { get; set; } = "";

    public string Name { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public List<string> Scopes { get; set; } = [];

    /// <summary>Overrides <see cref="RateLimitOptions.KeyRequestsPerMinute"/> for this key.</summary>
    public int? RequestsPerMinute { get; set; }
}
