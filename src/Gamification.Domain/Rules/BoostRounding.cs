namespace Gamification.Domain.Rules;

/// <summary>How a boosted XP amount with a fraction becomes whole XP.</summary>
public enum BoostRounding
{
    Floor,

    /// <summary>To the nearest whole XP, halves away from zero.</summary>
    Nearest,

    Ceiling,
}
