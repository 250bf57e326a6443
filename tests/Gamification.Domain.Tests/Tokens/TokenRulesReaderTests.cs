using System.Text.Json.Nodes;
using Gamification.Domain.Rules.Json;
using Gamification.Domain.Tokens;

namespace Gamification.Domain.Tests.Tokens;

/// <summary>The <c>tokens</c> section: optional, read into rewards and a shop, every mistake named by its JSON path.</summary>
public sealed class TokenRulesReaderTests
{
    private const string Minimal = """
        { "id": "mini", "version": 1, "name": "Mini",
          "levels": { "table": [ { "level": 1, "name": "A", "xp": 0 }, { "level": 2, "name": "B", "xp": 10 }, { "level": 3, "name": "C", "xp": 20 } ] },
          "actions": { "post": { "xp": 5 } } }
        """;

    [Fact]
    public void The_degentalk_preset_rewards_levels_and_sells_once_only_and_stackable_unlocks()
    {
        var tokens = Presets.Degentalk.Tokens!;

        Assert.Equal("DGT", tokens.Name);
        Assert.Equal((0, 10, 1000), (tokens.RewardFor(1), tokens.RewardFor(2), tokens.RewardFor(10)));
        Assert.Equal(new ShopItem("custom_title", "Custom title", 100, false, "A title of your choice under your name"), tokens.Shop["custom_title"]);
        Assert.True(tokens.Shop["xp_boost"].Stackable);
    }

    [Fact]
    public void A_ruleset_without_tokens_has_no_economy()
    {
        Assert.Null(RulesetReader.Read(Minimal).GetOrThrow("mini").Tokens);
        Assert.Null(Presets.Storybook.Tokens);
    }

    [Theory]
    [InlineData("""{ "level_rewards": [], "shop": {} }""", "$.tokens.name")]
    [InlineData("""{ "name": "A_TOKEN_NAME_TOO_LONG" }""", "$.tokens.name")]
    [InlineData("""{ "name": "T", "level_rewards": [ { "level": 1, "amount": 5 } ] }""", "$.tokens.level_rewards[0].level")]
    [InlineData("""{ "name": "T", "level_rewards": [ { "level": 4, "amount": 5 } ] }""", "$.tokens.level_rewards[0].level")]
    [InlineData("""{ "name": "T", "level_rewards": [ { "level": 2, "amount": 0 } ] }""", "$.tokens.level_rewards[0].amount")]
    [InlineData("""{ "name": "T", "level_rewards": [ { "level": 2, "amount": 5 }, { "level": 2, "amount": 6 } ] }""", "$.tokens.level_rewards[1].level")]
    [InlineData("""{ "name": "T", "shop": { "hat": { "name": "Hat", "price": 0 } } }""", "$.tokens.shop.hat.price")]
    [InlineData("""{ "name": "T", "shop": { "hat": { "price": 5 } } }""", "$.tokens.shop.hat.name")]
    [InlineData("""{ "name": "T", "shop": { "Big Hat": { "name": "Hat", "price": 5 } } }""", "$.tokens.shop['Big Hat']")]
    [InlineData("""{ "name": "T", "shop": { "hat": { "name": "Hat", "price": 5, "colour": "red" } } }""", "$.tokens.shop.hat.colour")]
    public void A_token_rule_error_is_reported_at_its_json_path_and_nothing_loads(string tokens, string path)
    {
        var document = JsonNode.Parse(Minimal)!;
        document["tokens"] = JsonNode.Parse(tokens);

        var load = RulesetReader.Read(document.ToJsonString());

        Assert.Null(load.Ruleset);
        Assert.Contains(load.Errors, e => e.Path == path);
    }
}
