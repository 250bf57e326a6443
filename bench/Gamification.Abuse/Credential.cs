namespace Gamification.Abuse;

/// <summary>What a hostile request presents to the gateway: a header name and value, or nothing.</summary>
/// <param name="Name">How the report names it (the key itself never appears in a report).</param>
public sealed record Credential(string Name, string? Header, string? Value)
{
    public static readonly Credential None = new("none", null, null);

    public static Credential ApiKey(string name, string key) => new(name, "X-Api-Key", key);

    public static Credential Bearer(string name, string token) => new(name, "Authorization", $"Bearer {token}");

    public void ApplyTo(HttpRequestMessage request)
    {
        if (Header is not null)
            request.Headers.TryAddWithoutValidation(Header, Value);
    }
}
