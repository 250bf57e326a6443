using System.Text.Json.Nodes;

namespace Gamification.Grains.Rulesets;

/// <summary>Compares ruleset documents by their JSON, so formatting and key order do not count as a difference.</summary>
internal static class RulesetDocuments
{
    public static bool Same(string first, string second) =>
        string.Equals(first, second, StringComparison.Ordinal) || JsonNode.DeepEquals(JsonNode.Parse(first), JsonNode.Parse(second));
}
