using System.Globalization;

namespace Gamification.Gateway.Endpoints.Rules;

/// <summary>A ruleset version as an HTTP entity tag: version 3 is <c>"3"</c>.</summary>
internal static class RulesetVersionTag
{
    public static string Of(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version an <c>If-Match</c> value names (<c>"3"</c>, <c>W/"3"</c> or <c>3</c>); false when it names none.</summary>
    public static bool TryParse(string value, out int version)
    {
        var text = value.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
            text = text[2..];
        return int.TryParse(text.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out version) && version >= 1;
    }
}
