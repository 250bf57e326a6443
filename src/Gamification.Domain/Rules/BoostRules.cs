namespace Gamification.Domain.Rules;

/// <summary>How boosts combine and round (<c>$.boosts</c>), and the app-wide boosts scheduled.</summary>
/// <param name="MaxFactor">The largest factor any one boost may have.</param>
public sealed record BoostRules(BoostCombination Combination, BoostRounding Rounding, decimal MaxFactor, IReadOnlyList<AppBoost> Scheduled)
{
    /// <summary>When a ruleset says nothing: boosts combine by the largest, round down, at most 10x.</summary>
    public static readonly BoostRules Default = new(BoostCombination.Max, BoostRounding.Floor, 10m, []);

    public const decimal MinFactor = 1m;
}
