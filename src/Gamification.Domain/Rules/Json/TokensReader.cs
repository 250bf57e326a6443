using System.Collections.Frozen;
using Gamification.Domain.Tokens;

namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.tokens</c>: the token's name, one reward per level reached, the shop.</summary>
internal static class TokensReader
{
    public const int MaxNameLength = 16;

    /// <summary>The longest boost a shop may sell: a week.</summary>
    public const int MaxBoostMinutes = 7 * 24 * 60;

    public static TokenRules? Read(TokensDocument? tokens, LevelCurve? levels, ShopContext context, ErrorList errors)
    {
        if (tokens is null)
            return null;
        var name = errors.Required(tokens.Name, "$.tokens.name");
        if (name is { Length: > MaxNameLength })
            errors.Add("$.tokens.name", $"must be at most {MaxNameLength} characters");
        var rewards = LevelRewards(tokens.LevelRewards, levels, errors);
        var shop = Shop(tokens.Shop, context, errors);
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

    private static Dictionary<string, ShopItem> Shop(Dictionary<string, ShopItemDocument>? shop, ShopContext context, ErrorList errors)
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
            var effect = Effect(item.Effect, $"{path}.effect", context, errors);
            if (name is not null && price is >= 1)
                result[id] = new ShopItem(id, name, price.Value, item.Stackable ?? false, item.Description, effect);
        }
        return result;
    }

    private static ShopEffect? Effect(ShopEffectDocument? effect, string at, ShopContext context, ErrorList errors)
    {
        switch (effect?.Kind)
        {
            case null when effect is null:
                return null;
            case "xp_boost":
                var factor = errors.Required(effect.Factor, $"{at}.factor");
                if (factor < BoostRules.MinFactor || factor > context.Boosts.MaxFactor)
                    errors.Add($"{at}.factor", $"must be between {BoostRules.MinFactor} and {context.Boosts.MaxFactor} (is {factor})");
                var minutes = errors.Required(effect.Minutes, $"{at}.minutes");
                if (minutes is < 1 or > MaxBoostMinutes)
                    errors.Add($"{at}.minutes", $"must be between 1 and {MaxBoostMinutes} (is {minutes})");
                errors.KnownActions(effect.Actions, context.Actions, $"{at}.actions");
                return factor is { } f && minutes is { } m ? new XpBoostEffect(f, TimeSpan.FromMinutes(m), effect.Actions is { Count: > 0 } a ? a : null) : null;
            case "streak_freeze":
                var streak = errors.Required(effect.Streak, $"{at}.streak");
                if (streak is not null && (!context.Streaks.TryGetValue(streak, out var rule) || rule.MaxFreezes == 0))
                    errors.Add($"{at}.streak", $"must name a streak of this ruleset that has freezes ('{streak}')");
                var count = effect.Count ?? 1;
                errors.AtLeast(count, 1, $"{at}.count");
                return streak is null ? null : new StreakFreezeEffect(streak, count);
            default:
                errors.Add($"{at}.kind", $"must be xp_boost or streak_freeze (is '{effect?.Kind}')");
                return null;
        }
    }
}
