namespace Gamification.Domain.Rules;

/// <summary>How a user's boosts and the app's boosts that apply to one award make one factor.</summary>
public enum BoostCombination
{
    /// <summary>The largest factor wins.</summary>
    Max,

    /// <summary>Factors multiply.</summary>
    Product,
}
