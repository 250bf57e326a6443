using System.Security.Cryptography;
using System.Text;

namespace Gamification.Testing;

/// <summary>A service key for one app with every scope, configured on a silo by its SHA-256 hash.</summary>
public sealed record TestApiKey(string App, string Key)
{
    public static TestApiKey For(string app) => new(app, $"test-{app}-{Guid.NewGuid():N}");

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));

    /// <summary>The key's settings as configuration entries under Gateway:ApiKeys:<paramref name="index"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings(int index)
    {
        var prefix = $"Gateway:ApiKeys:{index}";
        yield return new($"{prefix}:App", App);
        yield return new($"{prefix}:Name", $"tests-{App}");
        yield return new($"{prefix}:Sha256", Sha256);
        yield return new($"{prefix}:Scopes:0", "award");
        yield return new($"{prefix}:Scopes:1", "read");
        yield return new($"{prefix}:Scopes:2", "admin");
        yield return new($"{prefix}:RequestsPerMinute", "1000000");
    }
}
