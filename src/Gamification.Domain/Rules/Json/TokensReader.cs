using System.Collections.Frozen;
using Gamification.Domain.Tokens;

namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.tokens</c>: the token's name, one reward per level reached, the shop.</summary>
internal static class TokensReader
{
    public const int MaxNameLength = 16;

    public static TokenRules? Read(TokensDocument? tokens, LevelCurve? levels, ErrorList errors)
    {
        if (tokens is null)
            return null;
        var name = errors.Required(tokens.Name, "$.tokens.name");
        if (name is { Length: > MaxNameLength })
            errors.Add("$.tokens.name", $"must be at most {MaxNameLength} characters");
        var rewards = LevelRewards(tokens.LevelRewards, levels, errors);
        var shop = Shop(tokens.Shop, errors);
        return name is null ? null : new TokenRules(name, rewards.ToFrozenDictionary(), shop.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static Dictionary<int, long> LevelRewards(List<LevelRewardDocument>? rewards, LevelCurve? levels, ErrorList errors)
    {
        var result = new Dictionary<int, long>();
        for (var i = 0; i < (rewards?.Count ?? 0); i++)
        {
            var path = $"$.tokens.level_rewards[{i}]";
            var level = errors.Required(rewards![i].Level, $"{path}.level");
            var amount = errors.Required(rewards[i].Amount, $"{path}.amount");
            // Level 1 is where everyone starts: nobody levels up into it.
            errors.AtLeast(level, 2, $"{path}.level");
            errors.AtLeast(amount, 1, $"{path}.amount");
            if (level > levels?.MaxLevel)
                errors.Add($"{path}.level", $"must be at most the max level {levels.MaxLevel} (is {level})");
            if (level is { } l && !result.TryAdd(l, amount ?? 0))
                errors.Add($"{path}.level", $"level {l} has another reward");
        }
        return result;
    }

    private static Dictionary<string, ShopItem> Shop(Dictionary<string, ShopItemDocument>? shop, ErrorList errors)
    {
        var result = new Dictionary<string, ShopItem>(StringComparer.Ordinal);
        foreach (var (id, item) in shop ?? [])
        {
            var path = ErrorList.Member("$.tokens.shop", id);
            if (!Names.IsValid(id))
                errors.Add(path, Names.Rule);
            var name = errors.Required(item.Name, $"{path}.name");
            var price = errors.Required(item.Price, $"{path}.price");
            errors.AtLeast(price, 1, $"{path}.price");
            if (name is not null && price is >= 1)
                result[id] = new ShopItem(id, name, price.Value, item.Stackable ?? false, item.Description);
        }
        return result;
    }
}
