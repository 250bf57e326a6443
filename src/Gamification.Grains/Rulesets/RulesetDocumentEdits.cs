using System.Text.Json.Nodes;
using Gamification.Contracts.Rulesets;

namespace Gamification.Grains.Rulesets;

/// <summary>Edits of a ruleset's JSON document; each raises the version, and the result is validated as a whole.</summary>
internal static class RulesetDocumentEdits
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string PutSpecialBadge(string document, BadgeDefinition badge)
    {
        var root = JsonNode.Parse(document, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        var badges = root["badges"] as JsonObject ?? new JsonObject();
        if (badges[badge.Id]?["kind"]?.GetValue<string>() is { } kind && kind != "special")
            throw new ArgumentException($"badge '{badge.Id}' is a {kind} badge; only special badges are edited here", "id");
        badges[badge.Id] = new JsonObject
        {
            ["name"] = badge.Name,
            ["kind"] = "special",
            ["description"] = badge.Description,
        };
        root["badges"] = badges;
        root["version"] = (root["version"]?.GetValue<int>() ?? 0) + 1;
        return root.ToJsonString(Indented);
    }
}
