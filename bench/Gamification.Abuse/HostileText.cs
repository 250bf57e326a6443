using System.Text;

namespace Gamification.Abuse;

/// <summary>
/// A hostile string as it goes into a JSON body and into a URL. Both are escaped code unit by code
/// unit, so lone surrogates and control characters reach the server exactly as an attacker sends them.
/// </summary>
public sealed record HostileText(string Raw)
{
    /// <summary>A JSON string literal with every non-printable-ASCII code unit as a \u escape.</summary>
    public string Json
    {
        get
        {
            var json = new StringBuilder("\"");
            foreach (var c in Raw)
                json.Append(c is '"' or '\\' ? $"\\{c}" : c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}");
            return json.Append('"').ToString();
        }
    }

    /// <summary>One URL path segment or query value: unreserved ASCII kept, the rest percent-encoded (lone surrogates as their 3 bytes).</summary>
    public string Url
    {
        get
        {
            var url = new StringBuilder();
            for (var i = 0; i < Raw.Length; i++)
            {
                var c = Raw[i];
                if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '~')
                    url.Append(c);
                else if (char.IsHighSurrogate(c) && i + 1 < Raw.Length && char.IsLowSurrogate(Raw[i + 1]))
                    AppendBytes(url, Encoding.UTF8.GetBytes(Raw.Substring(i++, 2)));
                else if (char.IsSurrogate(c))
                    AppendBytes(url, [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
                else
                    AppendBytes(url, Encoding.UTF8.GetBytes(c.ToString()));
            }
            return url.ToString();
        }
    }

    public override string ToString() => Raw.Length > 40 ? $"{Raw[..40]}... ({Raw.Length} chars)" : Raw;

    private static void AppendBytes(StringBuilder url, byte[] bytes)
    {
        foreach (var b in bytes)
            url.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
    }
}
