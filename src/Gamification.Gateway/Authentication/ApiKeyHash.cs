using System.Security.Cryptography;
using System.Text;

namespace Gamification.Gateway.Authentication;

/// <summary>Keys are kept and compared as SHA-256 digests, so settings never hold a usable key.</summary>
internal static class ApiKeyHash
{
    public static byte[] Of(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static string HexOf(string key) => Convert.ToHexStringLower(Of(key));

    public static bool IsHex(string? value) =>
        value is { Length: 64 } && value.All(char.IsAsciiHexDigit);

    public static bool IsOfEmptyKey(string hex) => string.Equals(hex, HexOf(""), StringComparison.OrdinalIgnoreCase);
}
