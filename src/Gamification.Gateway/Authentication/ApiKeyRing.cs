using System.Security.Cryptography;
using Gamification.Gateway.Configuration;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Authentication;

/// <summary>The service keys this gateway accepts: the configured ones, or the embedded default's generated ones.</summary>
internal sealed class ApiKeyRing(IOptions<GatewayOptions> options, EmbeddedKeys embedded)
{
    private readonly Lazy<IReadOnlyList<ApiKey>> keys = new(() => Load(options.Value, embedded));

    public IReadOnlyList<ApiKey> Keys => keys.Value;

    /// <summary>The key whose digest matches; every digest is compared in constant time, without stopping early.</summary>
    public ApiKey? Find(string presented)
    {
        var digest = ApiKeyHash.Of(presented);
        ApiKey? match = null;
        foreach (var key in Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, key.Digest))
                match = key;
        }
        return match;
    }

    private static IReadOnlyList<ApiKey> Load(GatewayOptions options, EmbeddedKeys embedded)
    {
        var configured = options.ApiKeys.Count > 0 ? options.ApiKeys : embedded.LoadOrCreate();
        return [.. configured.Select(k => new ApiKey(
            k.App, k.Name, Convert.FromHexString(k.Sha256), k.Scopes.ToHashSet(StringComparer.Ordinal), k.RequestsPerMinute))];
    }
}
