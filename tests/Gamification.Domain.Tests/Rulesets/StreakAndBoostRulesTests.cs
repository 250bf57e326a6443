using Gamification.Domain.Rules.Json;
using Gamification.Domain.Tokens;

namespace Gamification.Domain.Tests.Rulesets;

public sealed class StreakAndBoostRulesTests
{
    private static string Ruleset(string extra) => $$"""
        { "id": "mini", "version": 1, "name": "Mini",
          "levels": { "linear": { "xp_per_level": 100 } },
          "actions": { "post": { "xp": 5 }, "liked": { "xp": 1, "recipient": "creator" } },
          "badges": { "level": { "name": "L", "kind": "level_reached", "threshold": 2 } },
          {{extra}} }
        """;

    [Theory]
    [InlineData("""  "streaks": { "s": { "name": "S", "period": "month" } }""", "$.streaks.s.period")]
    [InlineData("""  "streaks": { "s": { "name": "S", "actions": ["nope"] } }""", "$.streaks.s.actions[0]")]
    [InlineData("""  "streaks": { "s": { "name": "S", "actions": ["liked"] } }""", "$.streaks.s.actions[0]")]
    [InlineData("""  "streaks": { "s": { "name": "S", "max_freezes": 101 } }""", "$.streaks.s.max_freezes")]
    [InlineData("""  "streaks": { "s": { "name": "S", "milestones": [ { "length": 7, "freezes": 1 } ] } }""", "$.streaks.s.milestones[0].freezes")]
    [InlineData("""  "streaks": { "s": { "name": "S", "milestones": [ { "length": 7, "badge": "level" } ] } }""", "$.streaks.s.milestones[0].badge")]
    [InlineData("""  "streaks": { "s": { "name": "S", "milestones": [ { "length": 7, "xp": 1 }, { "length": 7, "xp": 2 } ] } }""", "$.streaks.s.milestones[1].length")]
    [InlineData("""  "streaks": { "s": { "name": "S", "milestones": [ { "length": 7 } ] } }""", "$.streaks.s.milestones[0]")]
    [InlineData("""  "boosts": { "combine": "sum" }""", "$.boosts.combine")]
    [InlineData("""  "boosts": { "rounding": "up" }""", "$.boosts.rounding")]
    [InlineData("""  "boosts": { "max_factor": 1000 }""", "$.boosts.max_factor")]
    [InlineData("""  "boosts": { "scheduled": [ { "id": "w", "factor": 20, "starts_at": "2026-01-01T00:00:00Z", "ends_at": "2026-01-02T00:00:00Z" } ] }""", "$.boosts.scheduled[0].factor")]
    [InlineData("""  "boosts": { "scheduled": [ { "id": "w", "factor": 2, "starts_at": "2026-01-02T00:00:00Z", "ends_at": "2026-01-01T00:00:00Z" } ] }""", "$.boosts.scheduled[0].ends_at")]
    [InlineData("""  "tokens": { "name": "T", "shop": { "b": { "name": "B", "price": 5, "effect": { "kind": "xp_boost", "factor": 2 } } } }""", "$.tokens.shop.b.effect.minutes")]
    [InlineData("""  "tokens": { "name": "T", "shop": { "f": { "name": "F", "price": 5, "effect": { "kind": "streak_freeze", "streak": "none" } } } }""", "$.tokens.shop.f.effect.streak")]
    [InlineData("""  "tokens": { "name": "T", "shop": { "f": { "name": "F", "price": 5, "effect": { "kind": "teleport" } } } }""", "$.tokens.shop.f.effect.kind")]
    public void A_bad_streak_boost_or_effect_is_reported_at_its_path(string extra, string path)
    {
        var load = RulesetReader.Read(Ruleset(extra));

        Assert.Null(load.Ruleset);
        Assert.Contains(load.Errors, e => e.Path == path);
    }

    [Fact]
    public void The_forum_sells_a_real_one_hour_double_xp_boost_and_freezes()
    {
        var shop = Presets.Degentalk.Tokens!.Shop;

        Assert.Equal(new XpBoostEffect(2m, TimeSpan.FromHours(1), null), shop["xp_boost"].Effect);
        Assert.Equal(new StreakFreezeEffect("daily_activity", 1), shop["streak_freeze"].Effect);
        Assert.Equal([3, 7, 30, 100], Presets.Degentalk.Streaks["daily_activity"].Milestones.Select(m => m.Length));
    }

    [Fact]
    public void The_chat_and_learning_presets_have_no_streaks_or_boosts()
    {
        Assert.Empty(Presets.Mikoshi.Streaks);
        Assert.Empty(Presets.Academy.Streaks);
        Assert.Empty(Presets.Mikoshi.Boosts.Scheduled);
    }
}
