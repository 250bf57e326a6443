using System.Text.Json.Nodes;
using Gamification.Contracts.Rulesets;

namespace Gamification.Grains.Rulesets;

/// <summary>Adds an app-wide boost to <c>$.boosts.scheduled</c> by id, or removes one (a <c>null</c> fragment).</summary>
internal static class ScheduledBoosts
{
    public const string AlreadyScheduled = "is already scheduled; remove it first or choose another id";

    public const string NotScheduled = "names no scheduled boost";

    public static RulesetFieldError? Put(JsonObject root, string? id, JsonNode? fragment)
    {
        if (string.IsNullOrEmpty(id))
            return new RulesetFieldError("id", "is required");
        var boosts = root["boosts"] as JsonObject ?? [];
        var scheduled = boosts["scheduled"] as JsonArray ?? [];
        var existing = scheduled.FirstOrDefault(b => b?["id"]?.GetValue<string>() == id);
        if (fragment is null)
        {
            if (existing is null)
                return new RulesetFieldError("id", NotScheduled);
            scheduled.Remove(existing);
        }
        else
        {
            if (fragment is not JsonObject boost)
                return new RulesetFieldError("$.boosts.scheduled", "must be a JSON object");
            if (existing is not null)
                return new RulesetFieldError("id", AlreadyScheduled);
            boost["id"] = id;
            scheduled.Add(boost);
        }
        boosts["scheduled"] = scheduled;
        root["boosts"] = boosts;
        return null;
    }
}
