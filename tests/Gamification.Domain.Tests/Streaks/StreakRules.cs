using Gamification.Domain.Rules;
using Gamification.Domain.Rules.Json;

namespace Gamification.Domain.Tests.Streaks;

/// <summary>A small ruleset with one streak, for tests that need its numbers in view.</summary>
internal static class StreakRules
{
    public static Ruleset With(string period = "day", int maxFreezes = 2, string combine = "max", string rounding = "floor", int? cap = null, string scheduled = "") =>
        RulesetReader.Read($$"""
        {
          "id": "streaky", "version": 1, "name": "Streaky",
          "levels": { "linear": { "xp_per_level": 100 } },
          "actions": {
            "post": { "xp": 10 },
            "read": { "xp": 3 },
            "liked": { "xp": 2, "recipient": "creator" }
          },
          {{(cap is { } c ? $$"""  "daily_caps": [ { "min_level": 1, "xp": {{c}} } ],""" : "")}}
          "badges": { "streak_week": { "name": "Week", "kind": "special" } },
          "streaks": {
            "daily": {
              "name": "Daily", "period": "{{period}}", "actions": ["post"], "max_freezes": {{maxFreezes}},
              "milestones": [
                { "length": 2, "xp": 5 },
                { "length": 3, "xp": 20, "freezes": {{Math.Min(1, maxFreezes)}} },
                { "length": 7, "xp": 50, "badge": "streak_week" }
              ]
            }
          },
          "boosts": { "combine": "{{combine}}", "rounding": "{{rounding}}", "max_factor": 4, "scheduled": [{{scheduled}}] }
        }
        """).GetOrThrow("streaky");
}
