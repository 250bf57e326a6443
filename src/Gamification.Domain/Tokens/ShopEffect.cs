namespace Gamification.Domain.Tokens;

/// <summary>What buying a shop item does beyond owning it.</summary>
public abstract record ShopEffect;

/// <summary>The buyer's XP is multiplied by <paramref name="Factor"/> for <paramref name="Duration"/> from the purchase.</summary>
public sealed record XpBoostEffect(decimal Factor, TimeSpan Duration, IReadOnlyList<string>? Actions) : ShopEffect;

/// <summary>The buyer holds <paramref name="Count"/> more freezes for streak <paramref name="StreakId"/>.</summary>
public sealed record StreakFreezeEffect(string StreakId, int Count) : ShopEffect;
