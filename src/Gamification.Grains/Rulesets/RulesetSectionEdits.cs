using System.Text.Json;
using System.Text.Json.Nodes;
using Gamification.Contracts.Rulesets;

namespace Gamification.Grains.Rulesets;

/// <summary>A <see cref="RulesetEdit"/> applied to a ruleset document; the result still has to pass the reader.</summary>
internal static class RulesetSectionEdits
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The edited document at <paramref name="version"/>, or the error that keeps the fragment out.</summary>
    public static (string? Document, RulesetFieldError? Error) Apply(string document, RulesetEdit edit, int version)
    {
        var root = JsonNode.Parse(document, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        JsonNode? fragment;
        try
        {
            fragment = JsonNode.Parse(edit.Json);
        }
        catch (JsonException e)
        {
            return (null, new RulesetFieldError(PathOf(edit), $"is not valid JSON: {e.Message}"));
        }
        var error = edit.Section switch
        {
            RulesetSection.Action => PutAction(root, edit.Name, fragment),
            RulesetSection.ActionEnabled => SetEnabled(root, edit.Name, fragment),
            RulesetSection.Levels => Put(root, "levels", fragment, JsonValueKind.Object),
            RulesetSection.DailyCaps => Put(root, "daily_caps", fragment, JsonValueKind.Array),
            RulesetSection.Path => PutMember(root, "paths", edit.Name, fragment),
            RulesetSection.Streak => PutMember(root, "streaks", edit.Name, fragment),
            RulesetSection.ScheduledBoost => ScheduledBoosts.Put(root, edit.Name, fragment),
            _ => new RulesetFieldError("section", $"unknown section {edit.Section}"),
        };
        if (error is not null)
            return (null, error);
        root["version"] = version;
        return (root.ToJsonString(Indented), null);
    }

    /// <summary>Where in the document an edit lands, as the reader names paths.</summary>
    public static string PathOf(RulesetEdit edit) => edit.Section switch
    {
        RulesetSection.Action => $"$.actions.{edit.Name}",
        RulesetSection.ActionEnabled => $"$.actions.{edit.Name}.enabled",
        RulesetSection.Levels => "$.levels",
        RulesetSection.DailyCaps => "$.daily_caps",
        RulesetSection.Path => $"$.paths.{edit.Name}",
        RulesetSection.Streak => $"$.streaks.{edit.Name}",
        RulesetSection.ScheduledBoost => "$.boosts.scheduled",
        _ => "$",
    };

    /// <summary>A short description for the version history.</summary>
    public static string Describe(RulesetEdit edit) => edit.Section switch
    {
        RulesetSection.Action => $"action {edit.Name}",
        RulesetSection.ActionEnabled => $"action {edit.Name} enabled={edit.Json}",
        RulesetSection.Levels => "levels",
        RulesetSection.DailyCaps => "daily_caps",
        RulesetSection.Path => $"path {edit.Name}",
        RulesetSection.Streak => $"streak {edit.Name}",
        RulesetSection.ScheduledBoost => edit.Json == "null" ? $"boost {edit.Name} removed" : $"boost {edit.Name} scheduled",
        _ => edit.Section.ToString(),
    };

    private static RulesetFieldError? PutAction(JsonObject root, string? name, JsonNode? fragment) => PutMember(root, "actions", name, fragment);

    private static RulesetFieldError? PutMember(JsonObject root, string section, string? name, JsonNode? fragment)
    {
        if (string.IsNullOrEmpty(name))
            return new RulesetFieldError(section == "actions" ? "action" : "path_id", "is required");
        if (fragment is not JsonObject member)
            return new RulesetFieldError($"$.{section}.{name}", "must be a JSON object");
        var members = root[section] as JsonObject ?? [];
        members[name] = member;
        root[section] = members;
        return null;
    }

    private static RulesetFieldError? SetEnabled(JsonObject root, string? name, JsonNode? fragment)
    {
        if (string.IsNullOrEmpty(name) || root["actions"]?[name] is not JsonObject action)
            return new RulesetFieldError("action", $"there is no action '{name}'");
        if (fragment?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            return new RulesetFieldError($"$.actions.{name}.enabled", "must be true or false");
        action["enabled"] = fragment.GetValue<bool>();
        return null;
    }

    private static RulesetFieldError? Put(JsonObject root, string section, JsonNode? fragment, JsonValueKind kind)
    {
        if (fragment?.GetValueKind() != kind)
            return new RulesetFieldError($"$.{section}", $"must be a JSON {(kind == JsonValueKind.Array ? "array" : "object")}");
        root[section] = fragment;
        return null;
    }
}
