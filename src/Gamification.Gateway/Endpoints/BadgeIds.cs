using System.Security.Cryptography;
using System.Text;

namespace Gamification.Gateway.Endpoints;

/// <summary>An id for a badge created without one: its name in snake_case ("Community Hero" is community_hero).</summary>
internal static class BadgeIds
{
    private const int MaxLength = 64;

    public static string FromName(string name)
    {
        var id = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                id.Append(c);
            else if (id.Length > 0 && id[^1] != '_')
                id.Append('_');
        }
        var slug = id.ToString().TrimEnd('_');
        slug = slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('_') : slug;
        // A name without any ASCII letter or digit still needs an id.
        return slug.Length > 0 ? slug : "badge_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    }
}
