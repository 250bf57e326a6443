using System.Text.RegularExpressions;

namespace Gamification.Domain.Rules.Json;

/// <summary>Ids of rulesets, actions, badges and milestones: short, lowercase, safe in URLs and keys.</summary>
internal static partial class Names
{
    public const string Rule = "must be 1-64 characters of a-z, 0-9, '_' or '-'";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9_-]{1,64}$")]
    private static partial Regex Pattern();
}
