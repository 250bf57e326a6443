using System.Collections.Frozen;

namespace Gamification.Domain.Tokens;

/// <summary>An app's token economy (seed 003's DGT): the token's name, level-up rewards and the shop.</summary>
/// <param name="Name">The token's name as users see it (<c>DGT</c>).</param>
/// <param name="LevelRewards">Tokens granted once for reaching each level; levels without an entry grant none.</param>
/// <param name="Shop">Unlocks sold for tokens, by id.</param>
public sealed record TokenRules(string Name, FrozenDictionary<int, long> LevelRewards, FrozenDictionary<string, ShopItem> Shop)
{
    /// <summary>The reward for reaching <paramref name="level"/>, or 0.</summary>
    public long RewardFor(int level) => LevelRewards.GetValueOrDefault(level);
}
