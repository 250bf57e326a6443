using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gamification.Grains.Notifications;

/// <summary>
/// How a delivery is signed: <c>v1=</c> and the hex HMAC-SHA256, under the webhook's secret, of
/// <c>{timestamp}.{body}</c>, where the timestamp is the Unix seconds sent in <see cref="TimestampHeader"/>.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Gamification-Signature";

    public const string TimestampHeader = "X-Gamification-Timestamp";

    public const string EventIdHeader = "X-Gamification-Event-Id";

    public static string Sign(string secret, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes($"{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}");
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>Whether <paramref name="signature"/> signs <paramref name="body"/> at <paramref name="timestamp"/> (constant time).</summary>
    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Sign(secret, timestamp, body)), Encoding.UTF8.GetBytes(signature));
}
