using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Boosts;

/// <summary>An award's XP before and after the boosts active for it; <see cref="Applied"/> is empty when none applied.</summary>
public readonly record struct BoostedXp(int Base, int Amount, IReadOnlyList<AppliedBoost> Applied)
{
    /// <summary>
    /// <paramref name="baseXp"/> for <paramref name="action"/> at <paramref name="at"/>, multiplied by the user's and the
    /// app's active boosts combined as the ruleset says, then rounded as it says.
    /// </summary>
    public static BoostedXp For(UserProgress state, Ruleset rules, string action, int baseXp, DateTimeOffset at)
    {
        List<AppliedBoost>? applied = null;
        foreach (var boost in state.Boosts ?? [])
        {
            if (boost.IsActiveAt(at) && boost.Covers(action))
                (applied ??= []).Add(new AppliedBoost(boost.Id, boost.Factor, BoostScope.User));
        }
        foreach (var boost in rules.Boosts.Scheduled)
        {
            if (boost.IsActiveAt(at) && boost.Covers(action))
                (applied ??= []).Add(new AppliedBoost(boost.Id, boost.Factor, BoostScope.App));
        }
        if (applied is null || baseXp <= 0)
            return new BoostedXp(baseXp, baseXp, []);
        var factor = Combine(applied, rules.Boosts.Combination);
        return new BoostedXp(baseXp, Round(baseXp * factor, rules.Boosts.Rounding), applied);
    }

    public static decimal Combine(IEnumerable<AppliedBoost> boosts, BoostCombination combination) =>
        combination == BoostCombination.Max
            ? boosts.Max(b => b.Factor)
            : boosts.Aggregate(1m, (factor, b) => factor * b.Factor);

    public static int Round(decimal xp, BoostRounding rounding)
    {
        var whole = rounding switch
        {
            BoostRounding.Floor => Math.Floor(xp),
            BoostRounding.Ceiling => Math.Ceiling(xp),
            _ => Math.Round(xp, MidpointRounding.AwayFromZero),
        };
        return whole >= int.MaxValue ? int.MaxValue : (int)whole;
    }
}
