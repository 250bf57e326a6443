namespace Gamification.Domain.Rules.Json;

// $.tokens as written; every member optional so that TokensReader reports a missing one by path.

internal sealed class TokensDocument
{
    public string? Name { get; set; }
    public List<LevelRewardDocument>? LevelRewards { get; set; }
    public Dictionary<string, ShopItemDocument>? Shop { get; set; }
}

internal sealed class LevelRewardDocument
{
    public int? Level { get; set; }
    public long? Amount { get; set; }
}

internal sealed class ShopItemDocument
{
    public string? Name { get; set; }
    public long? Price { get; set; }
    public bool? Stackable { get; set; }
    public string? Description { get; set; }
    public ShopEffectDocument? Effect { get; set; }
}

internal sealed class ShopEffectDocument
{
    public string? Kind { get; set; }
    public decimal? Factor { get; set; }
    public int? Minutes { get; set; }
    public List<string>? Actions { get; set; }
    public string? Streak { get; set; }
    public int? Count { get; set; }
}
